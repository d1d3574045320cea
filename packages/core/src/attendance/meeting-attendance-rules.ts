import type { Dataset, DatedMeeting } from '../dataset/dataset.js';
import { membersAt } from '../indicators/members-at.js';
import { periodSpan } from '../indicators/period-span.js';
import type { AttendanceRules, Mandate, Person, WorkingGroup } from '../schema/index.js';

/**
 * One voice among those convened: a member structure (its people share the voice) or a person.
 */
export interface ConvenedVoter {
  /** The structure's or the person's id. */
  readonly id: string;
  readonly kind: 'structure' | 'person';
  readonly name: string;
  /** Who may answer for this voice: the structure's people, or the person alone. */
  readonly people: readonly string[];
  /** For a person: the member structure they belong to, if any. */
  readonly structure?: string;
}

/** The attendance rules that apply to one meeting, with those convened resolved. */
export interface MeetingAttendanceRules {
  readonly meetingId: string;
  /** The body or working group whose rules apply. */
  readonly target: { readonly kind: 'body' | 'group'; readonly id: string; readonly name: string };
  readonly rules: AttendanceRules;
  /** `true` for an open meeting: anyone who answers counts, nobody is awaited. */
  readonly open: boolean;
  /** Those convened, in dataset order. Empty for an open meeting. */
  readonly convened: readonly ConvenedVoter[];
}

/**
 * The attendance rules of a meeting's body or working group (a sub-group's meeting uses its
 * group's), with the voters convened on the meeting's day: the structures that are members
 * then (`membersAt`), the carrier's bureau or board members whose mandate covers the day, or the
 * co-pilots and animateurs of the groups named (the meeting's own group, else every group still
 * active). With `voice: structure`, people convened for a structure share its voice; a person
 * with no member structure keeps a voice of their own.
 *
 * @param dataset - The dataset.
 * @param meeting - A dated meeting of the dataset.
 * @returns The resolved rules, or `undefined` when the body or group sets none.
 * @example
 * meetingAttendanceRules(dataset, dataset.meetingById.get('2023-10-12-bureau')!)?.convened.map((v) => v.id)
 * //=> ['gerard-dechy', 'eric-veron', 'david-cambier', 'emilie-barbaut', 'marion-cardon', 'francois-wozniack']
 */
export function meetingAttendanceRules(
  dataset: Dataset,
  meeting: Pick<DatedMeeting, 'id' | 'body' | 'group' | 'start'>,
): MeetingAttendanceRules | undefined {
  const found = rulesOf(dataset, meeting);
  if (!found) return undefined;
  const { rules, target, subgroupLeads } = found;
  const day = meeting.start.slice(0, 10);
  if (rules.convened === 'open') {
    return { meetingId: meeting.id, target, rules, open: true, convened: Object.freeze([]) };
  }
  const people = convenedPeople(dataset, rules, day, target, subgroupLeads);
  const convened =
    rules.convened === 'members'
      ? memberVoters(dataset, rules, day)
      : rules.voice === 'person'
        ? people.map((p) => personVoter(dataset, p))
        : structureVoters(dataset, people);
  return { meetingId: meeting.id, target, rules, open: false, convened: Object.freeze(convened) };
}

interface FoundRules {
  readonly rules: AttendanceRules;
  readonly target: MeetingAttendanceRules['target'];
  /** For a sub-group's meeting: the sub-group's leads, who stand for "the group's leads". */
  readonly subgroupLeads?: readonly string[];
}

function rulesOf(dataset: Dataset, meeting: Pick<DatedMeeting, 'body' | 'group'>): FoundRules | undefined {
  if (meeting.body !== undefined) {
    const body = dataset.bodyById.get(meeting.body);
    if (!body?.attendance) return undefined;
    return { rules: body.attendance, target: { kind: 'body', id: body.id, name: body.name } };
  }
  if (meeting.group === undefined) return undefined;
  const group = dataset.groupById.get(meeting.group);
  if (group?.attendance) {
    return { rules: group.attendance, target: { kind: 'group', id: group.id, name: group.name } };
  }
  const ref = dataset.subgroupById.get(meeting.group);
  if (!ref?.group.attendance) return undefined;
  return {
    rules: ref.group.attendance,
    target: { kind: 'group', id: ref.group.id, name: ref.group.name },
    subgroupLeads: unique([...ref.subgroup.copilots, ...ref.subgroup.facilitators]),
  };
}

function convenedPeople(
  dataset: Dataset,
  rules: AttendanceRules,
  day: string,
  target: MeetingAttendanceRules['target'],
  subgroupLeads: readonly string[] | undefined,
): Person[] {
  const ids =
    rules.convened === 'group-leads'
      ? (subgroupLeads ?? groupLeads(leadGroups(dataset, rules, day, target)))
      : dataset.people
          .filter((p) => p.roles.some((r) => isCarrierMandate(dataset, r, rules.convened, day)))
          .map((p) => p.id);
  return ids.flatMap((id) => dataset.personById.get(id) ?? []);
}

function leadGroups(
  dataset: Dataset,
  rules: AttendanceRules,
  day: string,
  target: MeetingAttendanceRules['target'],
): readonly WorkingGroup[] {
  if (rules.groups) return rules.groups.flatMap((id) => dataset.groupById.get(id) ?? []);
  if (target.kind === 'group') {
    const group = dataset.groupById.get(target.id);
    return group ? [group] : [];
  }
  const start = periodSpan(day).start;
  return dataset.groups.filter(
    (g) =>
      g.status.state === 'active' ||
      (g.status.since !== undefined && periodSpan(g.status.since).start > start),
  );
}

function groupLeads(groups: readonly WorkingGroup[]): string[] {
  return unique(
    groups.flatMap((g) => [
      ...g.copilots,
      ...g.facilitators,
      ...g.subgroups.flatMap((s) => [...s.copilots, ...s.facilitators]),
    ]),
  );
}

function isCarrierMandate(dataset: Dataset, mandate: Mandate, scope: string, day: string): boolean {
  const kinds = scope === 'bureau' ? ['bureau'] : ['bureau', 'board'];
  if (!kinds.includes(mandate.kind)) return false;
  if (mandate.organisation !== dataset.ptce.carrier?.id) return false;
  const span = periodSpan(day);
  if (mandate.from !== undefined && periodSpan(mandate.from).start >= span.end) return false;
  return mandate.to === undefined || periodSpan(mandate.to).end > span.start;
}

function memberVoters(dataset: Dataset, rules: AttendanceRules, day: string): ConvenedVoter[] {
  const members = membersAt(dataset, day).structures;
  const peopleOf = peopleByOrganisation(dataset);
  if (rules.voice === 'person') {
    return members.flatMap((s) => (peopleOf.get(s.id) ?? []).map((p) => personVoter(dataset, p)));
  }
  return members.map((s) => ({
    id: s.id,
    kind: 'structure',
    name: s.name,
    people: (peopleOf.get(s.id) ?? []).map((p) => p.id),
  }));
}

function structureVoters(dataset: Dataset, people: readonly Person[]): ConvenedVoter[] {
  // Insertion order keeps the first-seen order of structures and people.
  const voters = new Map<string, { voter: ConvenedVoter; people: string[] }>();
  for (const person of people) {
    const structure =
      person.organisation === undefined ? undefined : dataset.structureById.get(person.organisation);
    if (!structure) {
      voters.set(person.id, { voter: personVoter(dataset, person), people: [] });
      continue;
    }
    const entry = voters.get(structure.id);
    if (entry) entry.people.push(person.id);
    else
      voters.set(structure.id, {
        voter: { id: structure.id, kind: 'structure', name: structure.name, people: [] },
        people: [person.id],
      });
  }
  return [...voters.values()].map(({ voter, people }) =>
    voter.kind === 'person' ? voter : { ...voter, people },
  );
}

function personVoter(dataset: Dataset, person: Person): ConvenedVoter {
  const structure =
    person.organisation !== undefined && dataset.structureById.has(person.organisation)
      ? person.organisation
      : undefined;
  return {
    id: person.id,
    kind: 'person',
    name: person.name,
    people: [person.id],
    ...(structure === undefined ? {} : { structure }),
  };
}

function peopleByOrganisation(dataset: Dataset): Map<string, Person[]> {
  const byOrganisation = new Map<string, Person[]>();
  for (const person of dataset.people) {
    if (person.organisation === undefined) continue;
    const list = byOrganisation.get(person.organisation);
    if (list) list.push(person);
    else byOrganisation.set(person.organisation, [person]);
  }
  return byOrganisation;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
