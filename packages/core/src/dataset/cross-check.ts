import type { Address, AttendanceRules, DatasetFile, RegistryFile } from '../schema/index.js';
import { parseLocalDate } from '../time/index.js';
import type { DataPath } from './errors.js';

/** A consistency problem between records of a valid-looking file. */
export interface CrossCheckIssue {
  readonly path: DataPath;
  readonly message: string;
  /** When set, the issue is about this key of the object at `path`. */
  readonly key?: string;
}

type Push = (path: DataPath, message: string) => void;

function checkUnique(
  items: readonly { id: string }[],
  collection: string,
  push: Push,
  seen?: Map<string, string>,
) {
  const local = new Map<string, number>();
  items.forEach((item, i) => {
    const first = local.get(item.id);
    if (first !== undefined) {
      push(
        [collection, i, 'id'],
        `identifiant « ${item.id} » en double (déjà utilisé par ${collection}[${first}])`,
      );
      return;
    }
    local.set(item.id, i);
    const other = seen?.get(item.id);
    if (other !== undefined)
      push([collection, i, 'id'], `identifiant « ${item.id} » déjà utilisé par ${other}`);
    seen?.set(item.id, `${collection}[${i}]`);
  });
}

function checkRef(
  id: string | undefined,
  known: ReadonlySet<string>,
  what: string,
  path: DataPath,
  push: Push,
): void {
  if (id !== undefined && !known.has(id)) push(path, `${what} « ${id} » introuvable`);
}

function checkDate(text: string | undefined, path: DataPath, push: Push): void {
  if (text !== undefined && parseLocalDate(text) === undefined) push(path, `date impossible : « ${text} »`);
}

const rank = { year: 0, month: 1, day: 2, datetime: 3 } as const;

/**
 * Checks what a schema cannot: unique ids, references that resolve, real dates, an end after
 * its start and consistent precision.
 *
 * @param file - A file that passed schema validation. Records that failed it may be holes of
 *   sparse arrays: they are skipped.
 * @param invalidIds - Ids of records that failed schema validation; references to them are
 *   not reported again.
 * @returns Every issue found, in file order.
 * @example
 * const file = DatasetFile.parse(parseDocument(yamlText).toJS());
 * const copil = { id: 'copil-2024-01', body: 'copil', title: 'COPIL', kind: 'meeting', start: '2024-01-16', agenda: [], status: 'planned' } as const;
 * crossCheckDataset({ ...file, meetings: [copil] })
 * //=> [{ path: ['meetings', 0, 'body'], message: 'instance « copil » introuvable' }]
 */
export function crossCheckDataset(
  file: DatasetFile,
  invalidIds: ReadonlySet<string> = new Set(),
): CrossCheckIssue[] {
  const issues: CrossCheckIssue[] = [];
  // Records that failed schema validation exist, they are just broken: a reference to them
  // is not reported a second time.
  const known = (ids: Iterable<string>) => new Set([...ids, ...invalidIds]);
  const push: Push = (path, message) => issues.push({ path, message });

  const sources = new Set(file.sources.map((s) => s.id));
  const checkSource = (id: string | undefined, path: DataPath) => checkRef(id, sources, 'source', path, push);
  checkUnique(file.sources, 'sources', push);

  const orgIds = new Map<string, string>();
  if (file.ptce.carrier) orgIds.set(file.ptce.carrier.id, 'ptce.carrier');
  checkUnique(file.structures, 'structures', push, orgIds);
  checkUnique(file.partners, 'partners', push, orgIds);
  checkUnique(file.people, 'people', push);
  const targetIds = new Map<string, string>();
  checkUnique(file.bodies, 'bodies', push, targetIds);
  checkUnique(file.groups, 'groups', push, targetIds);
  file.groups.forEach((g, gi) => {
    checkUnique(
      g.subgroups.map((s) => ({ id: s.id })),
      `groups[${gi}].subgroups`,
      push,
      targetIds,
    );
  });
  checkUnique(file.meetings, 'meetings', push);
  checkUnique(file.series, 'series', push);
  checkUnique(
    file.indicators.map((i) => ({ id: i.key })),
    'indicators',
    push,
  );

  const arrondissements = known(file.ptce.territory.arrondissements.map((a) => a.id));
  const epcis = known(file.ptce.territory.epcis.map((e) => e.id));
  const structures = known(file.structures.map((s) => s.id));
  const partners = known(file.partners.map((p) => p.id));
  const orgs = known(orgIds.keys());
  const people = known(file.people.map((p) => p.id));
  const groups = known(file.groups.map((g) => g.id));
  const targets = known(targetIds.keys());
  const areas = new Set([...arrondissements, ...epcis, ...structures]);
  const bodies = known(file.bodies.map((b) => b.id));

  const checkAddress = (address: Address | undefined, at: DataPath) => {
    checkRef(address?.arrondissement, arrondissements, 'arrondissement', [...at, 'arrondissement'], push);
    checkRef(address?.epci, epcis, 'EPCI', [...at, 'epci'], push);
  };
  const checkProjects = (projects: readonly { source: string; since?: string }[], at: DataPath) =>
    projects.forEach((p, j) => {
      checkSource(p.source, [...at, 'projects', j, 'source']);
      checkDate(p.since, [...at, 'projects', j, 'since'], push);
    });

  checkSource(file.ptce.source, ['ptce', 'source']);
  file.ptce.milestones.forEach((m, i) => {
    const base = ['ptce', 'milestones', i];
    checkSource(m.source, [...base, 'source']);
    checkDate(m.period, [...base, 'period'], push);
    m.structures.forEach((id, j) => checkRef(id, structures, 'structure', [...base, 'structures', j], push));
    checkRef(m.body, bodies, 'instance', [...base, 'body'], push);
    if (m.group !== undefined && !targets.has(m.group))
      push([...base, 'group'], `groupe de travail « ${m.group} » introuvable`);
  });
  if (file.ptce.carrier) {
    const carrier = ['ptce', 'carrier'];
    checkAddress(file.ptce.carrier.address, [...carrier, 'address']);
    file.ptce.carrier.formerAddresses.forEach((a, i) => {
      const base = [...carrier, 'formerAddresses', i];
      checkAddress(a.address, [...base, 'address']);
      checkSource(a.source, [...base, 'source']);
      checkDate(a.from, [...base, 'from'], push);
      checkDate(a.to, [...base, 'to'], push);
    });
    file.ptce.carrier.values.forEach((v, i) => checkSource(v.source, [...carrier, 'values', i, 'source']));
  }
  file.ptce.territory.epcis.forEach((e, i) => {
    const base = ['ptce', 'territory', 'epcis', i];
    checkRef(e.arrondissement, arrondissements, 'arrondissement', [...base, 'arrondissement'], push);
    e.conventions.forEach((c, j) => checkSource(c.source, [...base, 'conventions', j, 'source']));
  });

  file.structures.forEach((s, i) => {
    const base = ['structures', i];
    checkSource(s.source, [...base, 'source']);
    checkAddress(s.address, [...base, 'address']);
    s.membership.forEach((m, j) => checkSource(m.source, [...base, 'membership', j, 'source']));
  });
  file.partners.forEach((p, i) => checkSource(p.source, ['partners', i, 'source']));
  file.people.forEach((p, i) => {
    checkSource(p.source, ['people', i, 'source']);
    checkRef(p.organisation, orgs, 'organisation', ['people', i, 'organisation'], push);
    p.roles.forEach((r, j) => {
      checkSource(r.source, ['people', i, 'roles', j, 'source']);
      checkRef(r.organisation, orgs, 'organisation', ['people', i, 'roles', j, 'organisation'], push);
    });
  });
  const checkAttendance = (rules: AttendanceRules | undefined, base: DataPath) => {
    if (!rules) return;
    checkSource(rules.source, [...base, 'attendance', 'source']);
    rules.groups?.forEach((id, j) =>
      checkRef(id, groups, 'groupe de travail', [...base, 'attendance', 'groups', j], push),
    );
  };
  file.bodies.forEach((b, i) => {
    checkSource(b.source, ['bodies', i, 'source']);
    b.descriptions.forEach((d, j) => checkSource(d.source, ['bodies', i, 'descriptions', j, 'source']));
    checkAttendance(b.attendance, ['bodies', i]);
  });
  file.groups.forEach((g, i) => {
    const base = ['groups', i];
    checkSource(g.source, [...base, 'source']);
    const persons = (list: readonly string[], key: string, at: DataPath) =>
      list.forEach((id, j) => checkRef(id, people, 'personne', [...at, key, j], push));
    persons(g.copilots, 'copilots', base);
    persons(g.facilitators, 'facilitators', base);
    g.subgroups.forEach((s, k) => {
      persons(s.copilots, 'copilots', [...base, 'subgroups', k]);
      persons(s.facilitators, 'facilitators', [...base, 'subgroups', k]);
      checkProjects(s.projects, [...base, 'subgroups', k]);
    });
    checkProjects(g.projects, base);
    g.facilitatingOrganisations.forEach((id, j) =>
      checkRef(id, orgs, 'organisation', [...base, 'facilitatingOrganisations', j], push),
    );
    g.offers.forEach((o, j) => checkSource(o.source, [...base, 'offers', j, 'source']));
    g.structures.forEach((id, j) => checkRef(id, structures, 'structure', [...base, 'structures', j], push));
    g.partners.forEach((id, j) => checkRef(id, partners, 'partenaire', [...base, 'partners', j], push));
    g.status.successors.forEach((id, j) =>
      checkRef(id, groups, 'groupe de travail', [...base, 'status', 'successors', j], push),
    );
    checkSource(g.status.source, [...base, 'status', 'source']);
    checkAttendance(g.attendance, base);
  });

  const checkTarget = (
    body: string | undefined,
    group: string | undefined,
    base: DataPath,
    required = true,
  ) => {
    if (body === undefined && group === undefined) {
      if (!required) return;
      push(base, 'instance (« body ») ou groupe (« group ») attendu');
      return;
    }
    if (body !== undefined && group !== undefined) {
      push([...base, 'group'], 'une seule cible attendue : « body » ou « group », pas les deux');
    }
    checkRef(body, bodies, 'instance', [...base, 'body'], push);
    if (group !== undefined && !targets.has(group))
      push([...base, 'group'], `groupe de travail « ${group} » introuvable`);
  };

  file.meetings.forEach((m, i) => {
    const base = ['meetings', i];
    // Events and visits may belong to the PTCE as a whole; a meeting belongs to a body or group.
    checkTarget(m.body, m.group, base, m.kind === 'meeting');
    checkSource(m.source, [...base, 'source']);
    checkDate(m.start, [...base, 'start'], push);
    checkDate(m.end, [...base, 'end'], push);
    const start = parseLocalDate(m.start);
    const end = m.end === undefined ? undefined : parseLocalDate(m.end);
    if (start && end) {
      if (rank[end.precision] < rank[start.precision]) {
        push([...base, 'end'], `fin moins précise que le début (« ${m.end} » pour un début « ${m.start} »)`);
      } else if (end.text.slice(0, start.text.length) < start.text) {
        push([...base, 'end'], `la fin (« ${m.end} ») précède le début (« ${m.start} »)`);
      } else if (end.precision === 'datetime' && start.precision === 'datetime' && end.text <= start.text) {
        push([...base, 'end'], `la fin (« ${m.end} ») doit venir après le début (« ${m.start} »)`);
      }
    }
    m.attendance?.structures.forEach((id, j) =>
      checkRef(id, structures, 'structure', [...base, 'attendance', 'structures', j], push),
    );
  });
  file.series.forEach((s, i) => {
    const base = ['series', i];
    checkTarget(s.body, s.group, base);
    checkDate(s.from, [...base, 'from'], push);
    checkDate(s.until, [...base, 'until'], push);
    s.exceptions.forEach((e, j) => {
      checkDate(e.original, [...base, 'exceptions', j, 'original'], push);
      checkDate(e.start, [...base, 'exceptions', j, 'start'], push);
      if (e.status === 'moved' && e.start === undefined) {
        push([...base, 'exceptions', j], 'nouvelle date (« start ») attendue pour une occurrence déplacée');
      }
    });
    checkSource(s.source, [...base, 'source']);
  });
  file.indicators.forEach((ind, i) => {
    ind.observations.forEach((o, j) => {
      const base = ['indicators', i, 'observations', j];
      checkDate(o.period, [...base, 'period'], push);
      checkSource(o.source, [...base, 'source']);
      checkRef(o.area, areas, 'zone', [...base, 'area'], push);
    });
    ind.targets.forEach((t, j) => {
      checkDate(t.period, ['indicators', i, 'targets', j, 'period'], push);
      checkSource(t.source, ['indicators', i, 'targets', j, 'source']);
    });
  });
  for (const target of Object.keys(file.reminders.byTarget)) {
    if (!targets.has(target)) {
      issues.push({
        path: ['reminders', 'byTarget'],
        key: target,
        message: `instance ou groupe « ${target} » introuvable`,
      });
    }
  }
  return issues;
}

/**
 * Checks a regional registry: unique ids and sources that resolve.
 *
 * @param file - A registry that passed schema validation.
 * @returns Every issue found.
 * @example
 * crossCheckRegistry(RegistryFile.parse(parseDocument(hautsDeFranceYaml).toJS()))
 * //=> []
 */
export function crossCheckRegistry(file: RegistryFile): CrossCheckIssue[] {
  const issues: CrossCheckIssue[] = [];
  const push: Push = (path, message) => issues.push({ path, message });
  const sources = new Set(file.sources.map((s) => s.id));
  checkUnique(file.ptces, 'ptces', push);
  checkRef(file.registry.source, sources, 'source', ['registry', 'source'], push);
  file.ptces.forEach((p, i) => {
    checkRef(p.source, sources, 'source', ['ptces', i, 'source'], push);
    checkDate(p.laureate, ['ptces', i, 'laureate'], push);
  });
  return issues;
}
