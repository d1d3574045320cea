import {
  type AgendaItem,
  type Dataset,
  type DatedMeeting,
  findBodies,
  findGroups,
  formatLocalDateFr,
  localStartInstant,
  type Meeting,
  parseLocalDate,
} from '@ptce/core';
import { targetName } from '../meeting-text/target-name.js';
import { parseFrenchDay, parseFrenchTime } from './french-date-input.js';

/** A staff change understood, or the short French reason it is refused. */
export type Change<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Finds a body or working group by id or name, for staff commands. */
export function resolveTarget(
  dataset: Dataset,
  typed: string,
): Change<{ kind: 'body' | 'group'; id: string }> {
  const t = typed.trim();
  if (dataset.bodyById.has(t)) return { ok: true, value: { kind: 'body', id: t } };
  if (dataset.groupById.has(t) || dataset.subgroupById.has(t))
    return { ok: true, value: { kind: 'group', id: t } };
  const bodies = findBodies(dataset, t);
  if (bodies.length === 1) return { ok: true, value: { kind: 'body', id: bodies[0]!.id } };
  const groups = findGroups(dataset, t);
  if (bodies.length === 0 && groups.length === 1)
    return { ok: true, value: { kind: 'group', id: groups[0]!.group.id } };
  if (bodies.length + groups.length > 1)
    return fail(`« ${t} » désigne plusieurs instances ou groupes : choisissez-en un dans la liste.`);
  return fail(`Instance ou groupe inconnu : « ${t} ».`);
}

/** When a new or moved meeting starts, from what staff typed; never in the past. */
export function parseMeetingStart(dataset: Dataset, day: string, time: string, now: Date): Change<string> {
  const d = parseFrenchDay(day, now, dataset.timeZone);
  if (!d.ok) return fail(d.error);
  const t = parseFrenchTime(time);
  if (!t.ok) return fail(t.error);
  const start = `${d.date}T${t.date}`;
  if (localStartInstant(parseLocalDate(start)!, dataset.timeZone).getTime() <= now.getTime()) {
    return fail(`Cette date est passée : ${formatLocalDateFr(parseLocalDate(start)!)}.`);
  }
  return { ok: true, value: start };
}

function checkLink(link: string | undefined): Change<string | undefined> {
  if (link === undefined || link.trim() === '') return { ok: true, value: undefined };
  return /^https?:\/\/\S+$/.test(link.trim())
    ? { ok: true, value: link.trim() }
    : fail(`Lien invalide : « ${link} » (une adresse commençant par https:// est attendue).`);
}

/** A new meeting planned from Discord. Its id is the day and the target, made unique. */
export function plannedMeeting(
  dataset: Dataset,
  input: {
    readonly target: string;
    readonly day: string;
    readonly time: string;
    readonly place?: string;
    readonly link?: string;
  },
  now: Date,
): Change<Meeting> {
  const target = resolveTarget(dataset, input.target);
  if (!target.ok) return target;
  const start = parseMeetingStart(dataset, input.day, input.time, now);
  if (!start.ok) return start;
  const link = checkLink(input.link);
  if (!link.ok) return link;
  const base = `${start.value.slice(0, 10)}-${target.value.id}`;
  let id = base;
  for (let n = 2; dataset.meetingById.has(id); n++) id = `${base}-${n}`;
  const place = input.place?.trim();
  return {
    ok: true,
    value: {
      id,
      ...(target.value.kind === 'body' ? { body: target.value.id } : { group: target.value.id }),
      title: targetName(dataset, target.value.id),
      kind: 'meeting',
      start: start.value,
      ...(place ? { place: place.slice(0, 200) } : {}),
      ...(link.value ? { link: link.value } : {}),
      agenda: [],
      status: 'planned',
    },
  };
}

/** Agenda items from `point 1; point 2; point 3`. */
export function agendaFromText(text: string): Change<AgendaItem[]> {
  const items = text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) return fail('Ordre du jour vide : séparez les points par des « ; ».');
  if (items.length > 30) return fail(`Trop de points (${items.length}) : 30 au plus.`);
  return { ok: true, value: items.map((title) => ({ title: title.slice(0, 200) })) };
}

/** A meeting staff may change: known, and not already past. */
export function changeableMeeting(
  dataset: Dataset,
  id: string,
  now: Date,
  allowPast = false,
): Change<DatedMeeting> {
  const meeting = dataset.meetingById.get(id.trim());
  if (!meeting) return fail(`Réunion inconnue : « ${id} ». Choisissez-la dans la liste proposée.`);
  if (!allowPast && meeting.when.endsAt <= now.getTime())
    return fail(`Cette réunion est passée (${formatLocalDateFr(meeting.when.start)}).`);
  return { ok: true, value: meeting };
}

/** The minutes link, checked. */
export function minutesLink(text: string): Change<string> {
  const link = checkLink(text);
  if (!link.ok) return link;
  return link.value === undefined ? fail('Lien manquant.') : { ok: true, value: link.value };
}
