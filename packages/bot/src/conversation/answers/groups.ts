import { type Dataset, formatListFr, type Project, type SubGroup, type WorkingGroup } from '@ptce/core';
import { targetName } from '../../meeting-text/target-name.js';
import type { ConversationContext, Intent, TargetRef } from '../intent.js';
import { type Reply, type ReplyField, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { periodText } from './period-text.js';

function peopleNames(dataset: Dataset, ids: readonly string[]): string {
  return formatListFr(ids.map((id) => dataset.personById.get(id)?.name ?? id));
}

function structureNames(dataset: Dataset, ids: readonly string[]): string {
  return formatListFr(ids.map((id) => dataset.structureById.get(id)?.name ?? id));
}

type Aspect = Extract<Intent, { kind: 'group-info' }>['aspect'];

interface GroupLike {
  readonly name: string;
  readonly copilots: readonly string[];
  readonly facilitators: readonly string[];
  readonly objective?: string | undefined;
  readonly achievements: readonly string[];
  readonly projects: readonly Project[];
}

const PROJECT_STATUS_FR: Record<Project['status'], string> = {
  planned: 'prévu',
  'in-progress': 'en cours',
  done: 'réalisé',
};

// A planned project must never read as an achievement: each one carries its status.
function projectList(projects: readonly Project[], separator: string): string {
  return projects.map((p) => `${p.title} (${PROJECT_STATUS_FR[p.status]})`).join(separator);
}

function aspectLine(
  dataset: Dataset,
  title: string,
  g: GroupLike,
  aspect: Exclude<Aspect, 'all' | 'structures' | 'progress'>,
): string {
  switch (aspect) {
    case 'copilots':
      return g.copilots.length > 0
        ? `${title} est copiloté par ${peopleNames(dataset, g.copilots)}.`
        : `${title} : aucun copilote n’est indiqué dans les documents.`;
    case 'facilitators':
      return g.facilitators.length > 0
        ? `${title} est animé par ${peopleNames(dataset, g.facilitators)}.`
        : `${title} : aucun animateur n’est indiqué dans les documents.`;
    case 'objective':
      return g.objective
        ? `Objectif de ${title} : ${g.objective.replace(/\.$/, '')}.`
        : `${title} : l’objectif n’est pas indiqué dans les documents.`;
    case 'achievements': {
      const done =
        g.achievements.length > 0
          ? `Réalisations de ${title} : ${g.achievements.join(' ; ').replace(/\.$/, '')}.`
          : `${title} : aucune réalisation achevée n’est indiquée dans les documents.`;
      return g.projects.length > 0 ? `${done} Projets : ${projectList(g.projects, ' ; ')}.` : done;
    }
  }
}

function statusLine(dataset: Dataset, g: WorkingGroup): string | undefined {
  if (g.status.state === 'active') return undefined;
  const successors = g.status.successors.map((id) => targetName(dataset, id));
  const what = g.status.state === 'split' ? 'scindé' : 'clos';
  return `Statut : ${what}${g.status.since ? ` (${g.status.since})` : ''}${successors.length > 0 ? `, suite : ${formatListFr(successors)}` : ''}${g.status.note ? `. ${g.status.note.replace(/\.$/, '')}` : ''}.`;
}

function fieldsFor(dataset: Dataset, g: GroupLike & { structures?: readonly string[] }): ReplyField[] {
  const fields: ReplyField[] = [];
  if (g.copilots.length > 0)
    fields.push({ name: 'Copilotes', value: peopleNames(dataset, g.copilots), inline: true });
  if (g.facilitators.length > 0)
    fields.push({ name: 'Animation', value: peopleNames(dataset, g.facilitators), inline: true });
  if (g.objective) fields.push({ name: 'Objectif', value: g.objective });
  if (g.achievements.length > 0)
    fields.push({ name: 'Réalisations', value: g.achievements.map((a) => `• ${a}`).join('\n') });
  if (g.projects.length > 0) fields.push({ name: 'Projets', value: `• ${projectList(g.projects, '\n• ')}` });
  if (g.structures && g.structures.length > 0)
    fields.push({ name: 'Structures membres', value: structureNames(dataset, g.structures) });
  return fields;
}

function resolve(dataset: Dataset, t: TargetRef): { group: WorkingGroup; sub?: SubGroup } | undefined {
  if (t.kind === 'subgroup') {
    const ref = dataset.subgroupById.get(t.id);
    return ref ? { group: ref.group, sub: ref.subgroup } : undefined;
  }
  const group = dataset.groupById.get(t.id);
  return group ? { group } : undefined;
}

/** Co-pilots, facilitators, objective, achievements and structures of working groups. */
export function groupReply(intent: Extract<Intent, { kind: 'group-info' }>, ctx: ConversationContext): Reply {
  const { dataset } = ctx;
  const resolved = intent.groups.flatMap((t) => {
    const r = resolve(dataset, t);
    return r ? [{ target: t, ...r }] : [];
  });
  const lines: string[] = [];
  const fields: ReplyField[] = [];
  if (resolved.length > 1) lines.push(`${resolved.length} groupes correspondent à votre question :`);
  for (const { target, group, sub } of resolved) {
    const title = targetName(dataset, target.id);
    const subject: GroupLike & { structures?: readonly string[] } = sub
      ? {
          name: sub.name,
          copilots: sub.copilots,
          facilitators: sub.facilitators,
          objective: sub.objective ?? group.objective,
          achievements: sub.achievements,
          projects: sub.projects,
          structures: group.structures,
        }
      : group;
    if (intent.aspect === 'structures') {
      lines.push(
        group.structures.length > 0
          ? `${title} réunit ${group.structures.length} structure${group.structures.length > 1 ? 's' : ''} : ${structureNames(dataset, group.structures)}.`
          : `${title} : les documents ne listent pas les structures participantes.`,
      );
    } else if (intent.aspect === 'progress') {
      lines.push(...progressLines(dataset, title, target.id, subject));
    } else if (intent.aspect !== 'all') {
      lines.push(aspectLine(dataset, title, subject, intent.aspect));
    } else if (resolved.length === 1) {
      if (group.description && !sub) lines.push(group.description);
      const status = statusLine(dataset, group);
      if (status) lines.push(status);
      if (!sub && group.subgroups.length > 0)
        lines.push(`Sous-groupes : ${formatListFr(group.subgroups.map((s) => s.name))}.`);
      fields.push(...fieldsFor(dataset, subject));
    } else {
      lines.push(`• ${title}${subject.objective ? ` — ${subject.objective}` : ''}`);
    }
  }
  const title =
    resolved.length === 1
      ? targetName(dataset, resolved[0]!.target.id)
      : `Groupes : ${formatListFr(resolved.map((r) => targetName(dataset, r.target.id)))}`;
  return reply('group-info', title, {
    lines,
    fields,
    sources: citedSources(
      dataset,
      resolved.map((r) => r.group.source),
    ),
    suggestions:
      resolved.length === 1 ? [`prochaine réunion ${targetName(dataset, resolved[0]!.target.id)}`] : [],
    data: { groups: resolved.map((r) => r.target.id), aspect: intent.aspect },
  });
}

/** The list of working groups, with their number and status. */
export function groupListReply(ctx: ConversationContext): Reply {
  const { dataset } = ctx;
  const lines = dataset.groups.map((g) => {
    const status = g.status.state === 'active' ? '' : g.status.state === 'split' ? ' (scindé)' : ' (clos)';
    const subs =
      g.subgroups.length > 0 ? ` — sous-groupes : ${formatListFr(g.subgroups.map((s) => s.name))}` : '';
    return `• ${targetName(dataset, g.id)}${status}${subs}`;
  });
  return reply('group-list', `Les ${dataset.groups.length} groupes de travail`, {
    lines: lines.length > 0 ? lines : ['Aucun groupe de travail n’est décrit dans les données.'],
    sources: citedSources(
      dataset,
      dataset.groups.map((g) => g.source),
    ),
    suggestions: ['qui anime le GT1 ?'],
  });
}

/** An honest answer for a group number that does not exist. */
export function groupNotFoundReply(
  intent: Extract<Intent, { kind: 'group-not-found' }>,
  ctx: ConversationContext,
): Reply {
  const numbers = [
    ...new Set(ctx.dataset.groups.flatMap((g) => (g.number === undefined ? [] : [g.number]))),
  ].sort((a, b) => a - b);
  return reply('group-not-found', 'Groupe introuvable', {
    lines:
      intent.name !== undefined
        ? [
            `Je ne trouve pas de groupe de travail « ${intent.name} » dans les documents.`,
            `Les groupes de travail : ${formatListFr(ctx.dataset.groups.map((g) => targetName(ctx.dataset, g.id)))}.`,
          ]
        : [
            `Je ne trouve pas de groupe de travail numéro ${intent.number ?? '?'}.`,
            numbers.length > 0
              ? `Les groupes existants sont numérotés ${formatListFr(numbers.map((n) => `${ctx.dataset.ptce.groupPrefix}${n}`))}.`
              : 'Aucun groupe n’est numéroté dans les données.',
          ],
    suggestions: ['liste des groupes de travail'],
  });
}

/**
 * Where a group stands (« où en est le projet de crèche ? »): its projects with their status and
 * what the documents say of them, then its dated milestones, then what it has achieved.
 */
function progressLines(dataset: Dataset, title: string, id: string, g: GroupLike): string[] {
  const milestones = dataset.ptce.milestones.filter((m) => m.group === id);
  const lines = [
    ...g.projects.map(
      (p) =>
        `• ${p.title} (${PROJECT_STATUS_FR[p.status]})${p.note ? ` : ${p.note.replace(/\.$/, '')}.` : ''}`,
    ),
    ...milestones.map((m) => `• ${periodText(m.period)} : ${m.title.replace(/\.$/, '')}`),
    ...(g.achievements.length > 0
      ? [`Réalisations : ${g.achievements.join(' ; ').replace(/\.$/, '')}.`]
      : []),
  ];
  return lines.length > 0
    ? [`Où en est le groupe ${title} :`, ...lines]
    : [`${title} : les documents ne disent pas où en sont ses projets.`];
}
