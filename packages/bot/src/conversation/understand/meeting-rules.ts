import { editDistance, groupNumberOf, normalizeText } from '@ptce/core';
import type { AgendaPeriod, Intent, TargetRef } from '../intent.js';
import { has, type Reading } from './reading.js';
import { WEAK, wordsOf } from './vocabulary-index.js';

// ── Bodies, groups, meetings ─────────────────────────────────────────────────────────────────

/**
 * Bodies named by an abbreviation of their name: "comité strat", "comité op", "conseil d'admin".
 * The first significant word must match, each following one must start the next word typed.
 */
export function abbreviatedBodies(r: Reading): string[] {
  const found: string[] = [];
  const { bodyFirsts } = wordsOf(r.dataset);
  if (!r.words.some((w, i) => bodyFirsts.has(w) || r.meanings[i]!.some((m) => bodyFirsts.has(m))))
    return found;
  // Words already inside a name are not the start of an abbreviation.
  const kept = r.words.flatMap((w, i) => (WEAK.has(w) || r.covered[i] ? [] : [{ w, meant: r.meanings[i]! }]));
  for (const { id, parts } of wordsOf(r.dataset).bodyNames) {
    if (found.includes(id)) continue;
    for (let i = 0; i + parts.length <= kept.length; i++) {
      const first = kept[i]!;
      if (first.w !== parts[0] && !first.meant.includes(parts[0]!)) continue;
      const rest = parts.slice(1).every((p, k) => {
        const w = kept[i + 1 + k]!.w;
        return w.length >= 2 && (p.startsWith(w) || editDistance(w, p, 1) <= 1);
      });
      if (rest) {
        found.push(id);
        break;
      }
    }
  }
  return found;
}

export const GROUP_NUMBER_IN_TEXT = /\b(?:gt|groupe de travail|groupe)\s*(?:n|no|numero)?\s*(\d{1,2})\b/;

export function groupTargets(r: Reading): { targets: TargetRef[]; missingNumber?: number } {
  const named: TargetRef[] = [];
  for (const m of r.mentions) {
    const { kind, id } = m.entity;
    // One name shared by a group and its own sub-group (« ProcESS'eur ») is the group's.
    const parentToo =
      kind === 'subgroup' &&
      r.mentions.some(
        (o) =>
          o.entity.kind === 'group' &&
          o.start === m.start &&
          o.length === m.length &&
          r.dataset.subgroupById.get(id)?.group.id === o.entity.id,
      );
    if ((kind === 'group' || kind === 'subgroup') && !parentToo && !named.some((t) => t.id === id))
      named.push({ kind, id });
  }
  const m = GROUP_NUMBER_IN_TEXT.exec(r.norm) ?? /\bgt(\d{1,2})\b/.exec(r.norm);
  if (!m) return { targets: named };
  const n = groupNumberOf(`gt ${m[1]}`)!;
  const numbered = r.dataset.groups.filter((g) => g.number === n);
  if (numbered.length === 0) return { targets: [], missingNumber: n };
  // "GT7 déchets": the name picks one of the groups that share the number; a word of one name
  // alone (« gt 7 alimentation ») wins over a mention that only the shared number made.
  const byName = numbered.filter((g) =>
    normalizeText(g.name)
      .split(' ')
      .some((t) => t.length >= 4 && r.words.includes(t)),
  );
  const picked =
    byName.length === 1
      ? [{ kind: 'group' as const, id: byName[0]!.id }]
      : named.filter((t) => numbered.some((g) => g.id === t.id));
  const base: TargetRef[] =
    picked.length > 0 ? picked : numbered.map((g): TargetRef => ({ kind: 'group', id: g.id }));
  return {
    targets: [
      ...base,
      ...named.filter(
        (t) =>
          !base.some((b) => b.id === t.id) &&
          t.kind === 'group' &&
          !(picked.length > 0 && numbered.some((g) => g.id === t.id)),
      ),
    ],
  };
}

/** "la semaine prochaine", "le mois prochain", "au prochain trimestre": the next calendar period. */
export function nextPeriod(r: Reading): boolean {
  return /\b(semaine|mois|trimestre|annee) prochaine?\b|\bprochaine? (semaine|mois|trimestre|annee)\b/.test(
    r.norm,
  );
}

export function agendaPeriod(r: Reading): AgendaPeriod {
  if (has(r, 'week')) return 'semaine';
  if (has(r, 'quarter')) return 'trimestre';
  if (/\b(annee|an)\b/.test(r.norm)) return 'annee';
  return 'mois';
}

export const WHERE = /(^|[^\p{L}])où([^\p{L}]|$)/iu;

/** « c'était ou ? », « ça se passe ou » : an unaccented « ou » after a verb, ending the question. */
export const TRAILING_WHERE =
  /\b(c etait|c est|ca se passe|se passe|se passait|a lieu|avait lieu|se trouve|se situe|se tient|se tenait) ou$/;

export function placeQuestion(r: Reading): boolean {
  // "Où en est le GT3 ?" asks how it is going.
  if (/\bou en (est|sont)\b|\ben (est|sont) ou\b/.test(r.norm)) return false;
  if (WHERE.test(r.raw)) return true;
  // « ou » unaccented asks where at the start, before a verb, or at the end (« c'était ou ? »).
  if (
    /^ou\b/.test(r.norm) ||
    /\bou (se|a|aura|auront|sera|seront|est|ont|sont|ca|cela)\b/.test(r.norm) ||
    /\b(c etait|c est|ca se passe|se passe|se passait|a lieu|avait lieu|se trouve|se situe|se tient|se tenait) ou$/.test(
      r.norm,
    )
  )
    return true;
  // « ont eu lieu », « aura lieu »: « lieu » says the meeting happens, not where.
  if (/\b(eu|ont|aura|auront|avoir|auraient) lieu\b/.test(r.norm) && !has(r, 'placeOtherThanLieu'))
    return false;
  return has(r, 'place') && !has(r, 'when');
}

export function meetingIntent(r: Reading, targets: readonly TargetRef[]): Intent | undefined {
  if (has(r, 'minutes')) return { kind: 'meeting-minutes', targets };
  if (has(r, 'agendaItems')) return { kind: 'meeting-agenda', targets };
  if (has(r, 'last')) return { kind: 'last-meeting', targets };
  if (placeQuestion(r) && (targets.length > 0 || has(r, 'meetingWords') || has(r, 'next')))
    return { kind: 'meeting-place', targets };
  if (has(r, 'next') || has(r, 'meetingWords') || has(r, 'when') || has(r, 'meets'))
    return { kind: 'next-meeting', targets };
  return undefined;
}

export function cadenceAsked(r: Reading): boolean {
  return (
    has(r, 'cadence') || (has(r, 'meets') && !has(r, 'when') && !has(r, 'next') && !has(r, 'composition'))
  );
}

/** What a body is for, not when it meets: « à quoi sert le CA », but not « c’est quoi le prochain CA ». */
function roleAsked(r: Reading): boolean {
  if (!has(r, 'role')) return false;
  const about = ['next', 'last', 'when', 'minutes', 'agendaItems', 'cadence', 'compliance'] as const;
  return !about.some((cue) => has(r, cue)) && !placeQuestion(r);
}

export function bodyIntent(r: Reading, bodies: readonly string[], year: number | undefined): Intent {
  if (has(r, 'compliance') || (year !== undefined && cadenceAsked(r)))
    return year === undefined
      ? { kind: 'body-compliance', bodies }
      : { kind: 'body-compliance', bodies, year };
  if (cadenceAsked(r)) return { kind: 'body-cadence', bodies };
  if (has(r, 'composition')) return { kind: 'body-composition', bodies };
  if (roleAsked(r)) return { kind: 'body-role', bodies };
  const targets = bodies.map((id): TargetRef => ({ kind: 'body', id }));
  const meeting = meetingIntent(r, targets);
  // « quels CA ont eu lieu cette année ? »: the year's meetings, as its compliance lists them.
  if (year !== undefined && has(r, 'happened')) return { kind: 'body-compliance', bodies, year };
  if (year !== undefined && (meeting === undefined || meeting.kind === 'next-meeting') && !has(r, 'next'))
    return { kind: 'body-compliance', bodies, year };
  return meeting ?? { kind: 'next-meeting', targets };
}

export function groupAspect(r: Reading): Extract<Intent, { kind: 'group-info' }>['aspect'] {
  if (has(r, 'facilitators')) return 'facilitators';
  if (has(r, 'copilots')) return 'copilots';
  if (has(r, 'structuresOf')) return 'structures';
  if (has(r, 'objective')) return 'objective';
  if (has(r, 'progress')) return 'progress';
  if (has(r, 'achievements')) return 'achievements';
  return 'all';
}

export function groupIntent(r: Reading, groups: readonly TargetRef[]): Intent {
  const aspect = groupAspect(r);
  if (aspect === 'all') {
    const meeting = meetingIntent(r, groups);
    if (meeting) return meeting;
  }
  return { kind: 'group-info', groups, aspect };
}
