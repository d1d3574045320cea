import {
  type Dataset,
  editDistance,
  findMentions,
  groupNumberOf,
  type Mention,
  normalizeText,
  searchIndexOf,
  tokenize,
  typoTolerance,
} from '@ptce/core';
import type { AgendaPeriod, ConversationContext, Intent, TargetRef } from './intent.js';
import { CUES, type Cue, DEPARTMENT_WORDS, ROLE_WORDS } from './vocabulary-fr.js';

/** A question split into what the parser looks at. */
interface Question {
  readonly raw: string;
  readonly norm: string;
  readonly words: readonly string[];
}

function prepare(raw: string): Question {
  // "ça" is not the conseil d'administration: spell it out before accents go away.
  const text = raw.replace(/\bça\b/giu, 'cela').replace(/\bÇa\b/gu, 'Cela');
  const norm = normalizeText(text);
  return { raw: text, norm, words: norm === '' ? [] : norm.split(' ') };
}

function wordMatches(word: string, cue: string): boolean {
  if (word === cue) return true;
  const tolerance = Math.min(typoTolerance(cue.length), typoTolerance(word.length));
  return tolerance > 0 && editDistance(word, cue, tolerance) <= tolerance;
}

/** Whether the question carries one of a cue's phrases. */
function has(q: Question, cue: Cue): boolean {
  const padded = ` ${q.norm} `;
  return CUES[cue].some((phrase) =>
    phrase.includes(' ') ? padded.includes(` ${phrase} `) : q.words.some((w) => wordMatches(w, phrase)),
  );
}

function years(q: Question): number[] {
  return q.words.filter((w) => /^(19|20|21)\d{2}$/.test(w)).map(Number);
}

const SHORT_ALIAS_CONTEXT =
  /\b(le|la|du|au|des|les|l|d|un|une|prochain|prochaine|dernier|derniere|son|sa|notre)\s+$/;

/** Drops two-letter aliases ("CA", "AG") written in lower case without a determiner before them. */
function plausible(q: Question, mention: Mention): boolean {
  if (mention.variant.length > 2) return true;
  const upper = new RegExp(`(^|[^A-Za-zÀ-ÿ])${mention.variant.toUpperCase()}([^A-Za-zÀ-ÿ]|$)`);
  if (upper.test(q.raw)) return true;
  const before = q.words.slice(0, mention.start).join(' ');
  return SHORT_ALIAS_CONTEXT.test(`${before} `);
}

/**
 * Bodies named by an abbreviation of their name: "comité strat", "comité op", "conseil d'admin".
 * The first significant word must match, each following one must start the next word typed.
 */
function abbreviatedBodies(dataset: Dataset, q: Question): string[] {
  const weak = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les']);
  const found: string[] = [];
  for (const body of dataset.bodies) {
    for (const name of [body.name, ...body.aliases]) {
      const parts = tokenize(name).filter((t) => !weak.has(t));
      if (parts.length < 2) continue;
      const words = q.words.filter((w) => !weak.has(w));
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (!wordMatches(words[i]!, parts[0]!)) continue;
        const rest = parts.slice(1).every((p, k) => {
          const w = words[i + 1 + k]!;
          return w.length >= 2 && (p.startsWith(w) || wordMatches(w, p));
        });
        if (rest && !found.includes(body.id)) found.push(body.id);
      }
    }
  }
  return found;
}

const GROUP_NUMBER_IN_TEXT = /\b(?:gt|groupe de travail|groupe)\s*(?:n|no|numero)?\s*(\d{1,2})\b/;

function groupTargets(
  dataset: Dataset,
  q: Question,
  mentions: readonly Mention[],
): { targets: TargetRef[]; missingNumber?: number } {
  const targets: TargetRef[] = [];
  const m = GROUP_NUMBER_IN_TEXT.exec(q.norm) ?? /\bgt(\d{1,2})\b/.exec(q.norm);
  if (m) {
    const n = groupNumberOf(`gt ${m[1]}`)!;
    const groups = dataset.groups.filter((g) => g.number === n);
    if (groups.length === 0) return { targets: [], missingNumber: n };
    for (const g of groups) targets.push({ kind: 'group', id: g.id });
  }
  for (const mention of mentions) {
    const { kind, id } = mention.entity;
    if ((kind === 'group' || kind === 'subgroup') && !targets.some((t) => t.id === id))
      targets.push({ kind, id });
  }
  return { targets };
}

function agendaPeriod(q: Question): AgendaPeriod {
  if (has(q, 'week')) return 'semaine';
  if (has(q, 'quarter')) return 'trimestre';
  if (/\b(annee|an)\b/.test(q.norm)) return 'annee';
  return 'mois';
}

function placeQuestion(q: Question): boolean {
  return (
    q.words[0] === 'ou' ||
    /\b(ou se|ou a lieu|ou aura|ou sera|ou est|ou ca)\b/.test(q.norm) ||
    has(q, 'place')
  );
}

function meetingIntent(q: Question, targets: readonly TargetRef[]): Intent | undefined {
  if (has(q, 'minutes')) return { kind: 'meeting-minutes', targets };
  if (has(q, 'agendaItems')) return { kind: 'meeting-agenda', targets };
  if (has(q, 'last')) return { kind: 'last-meeting', targets };
  if (placeQuestion(q) && (has(q, 'meetingWords') || has(q, 'next')))
    return { kind: 'meeting-place', targets };
  if (has(q, 'next') || has(q, 'meetingWords')) return { kind: 'next-meeting', targets };
  return undefined;
}

function activityWord(dataset: Dataset, q: Question): string | undefined {
  const skip = new Set([
    ...CUES.structuresIn,
    'quelles',
    'quels',
    'qui',
    'sont',
    'font',
    'fait',
    'dans',
    'avec',
    'pour',
    'travaillent',
    'ptce',
    'phare',
    'membres',
  ]);
  for (const w of q.words) {
    if (w.length < 5 || skip.has(w)) continue;
    const stem = w.replace(/s$/, '');
    if (
      dataset.structures.some((s) =>
        normalizeText([...s.activities, s.description ?? ''].join(' ')).includes(stem),
      )
    )
      return stem;
  }
  return undefined;
}

function structureAspect(q: Question): Extract<Intent, { kind: 'structure-info' }>['aspect'] {
  if (has(q, 'president')) return 'president';
  if (has(q, 'director')) return 'director';
  if (has(q, 'address') || placeQuestion(q)) return 'address';
  if (/\b(groupes?|gt)\b/.test(q.norm)) return 'groups';
  if (has(q, 'activities')) return 'activities';
  return 'all';
}

function groupAspect(q: Question): Extract<Intent, { kind: 'group-info' }>['aspect'] {
  if (has(q, 'facilitators')) return 'facilitators';
  if (has(q, 'copilots')) return 'copilots';
  if (has(q, 'structuresOf')) return 'structures';
  if (has(q, 'objective')) return 'objective';
  if (has(q, 'achievements')) return 'achievements';
  return 'all';
}

function roleOf(q: Question): string | undefined {
  const padded = ` ${q.norm} `;
  for (const [phrase, role] of Object.entries(ROLE_WORDS)) if (padded.includes(` ${phrase} `)) return role;
  return undefined;
}

function areaOf(q: Question, dataset: Dataset): string | undefined {
  // Areas as staff titles name them ("Valenciennois", "Cambrésis"), matched on their stem.
  const areas = new Set(
    dataset.people.flatMap((p) => p.roles.map((r) => r.area).filter((a): a is string => !!a)),
  );
  for (const area of areas) {
    const stem = normalizeText(area).slice(0, 6);
    if (q.words.some((w) => w.startsWith(stem))) return area;
  }
  return undefined;
}

/**
 * Understands a French question: finds the entities it names (from the dataset, with typos,
 * accents and abbreviations tolerated) and what is asked about them.
 *
 * @returns The intent; `unknown` when nothing fits.
 */
export function parseIntent(question: string, ctx: ConversationContext): Intent {
  const { dataset } = ctx;
  const q = prepare(question);
  if (q.words.length === 0) return { kind: 'help' };
  const ys = years(q);
  const year = ys[ys.length - 1];
  const withYear = <T extends object>(o: T) => (year === undefined ? o : { ...o, year });

  const mentions = findMentions(searchIndexOf(dataset), q.raw).filter((m) => plausible(q, m));
  const of = (kind: Mention['entity']['kind']) =>
    mentions.filter((m) => m.entity.kind === kind).map((m) => m.entity.id);

  if (has(q, 'definition') && !has(q, 'charter')) return { kind: 'ptce-definition' };
  if (has(q, 'charter')) return { kind: 'ptce-charter' };
  if (has(q, 'motto')) return { kind: 'ptce-motto' };
  const department = Object.entries(DEPARTMENT_WORDS).find(([w]) => ` ${q.norm} `.includes(` ${w} `))?.[1];
  if (has(q, 'regional') || (department !== undefined && /\bptce\b/.test(q.norm))) {
    return department === undefined ? { kind: 'regional-ptces' } : { kind: 'regional-ptces', department };
  }

  const groups = groupTargets(dataset, q, mentions);
  if (groups.missingNumber !== undefined) {
    return { kind: 'group-not-found', number: groups.missingNumber, text: question };
  }
  const bodies = [...new Set([...of('body'), ...abbreviatedBodies(dataset, q)])];
  const structures = of('structure');
  const indicators = of('indicator');

  if (groups.targets.length > 0 && structures.length === 0) {
    const meeting = meetingIntent(q, groups.targets);
    if (meeting && groupAspect(q) === 'all') return meeting;
    return { kind: 'group-info', groups: groups.targets, aspect: groupAspect(q) };
  }

  if (bodies.length > 0 && indicators.length === 0) {
    if (has(q, 'compliance') || (year !== undefined && has(q, 'cadence'))) {
      return withYear({ kind: 'body-compliance' as const, bodies });
    }
    if (has(q, 'cadence')) return { kind: 'body-cadence', bodies };
    if (has(q, 'composition')) return { kind: 'body-composition', bodies };
    const targets = bodies.map((id): TargetRef => ({ kind: 'body', id }));
    if (year !== undefined && !has(q, 'next') && !has(q, 'last')) {
      return { kind: 'body-compliance', bodies, year };
    }
    return meetingIntent(q, targets) ?? { kind: 'next-meeting', targets };
  }

  if (structures.length > 0) {
    const aspect = structureAspect(q);
    return { kind: 'structure-info', structures, aspect };
  }

  const people = of('person');
  if (people.length > 0) return { kind: 'contact', person: people[0]! };

  if (
    indicators.length > 0 ||
    (has(q, 'count') && /\b(membres|adherents|emplois|salaries|personnes)\b/.test(q.norm))
  ) {
    const keys = indicators.length > 0 ? indicators : [];
    const change = has(q, 'change') || ys.length >= 2;
    if (keys.length > 0)
      return {
        kind: 'indicator',
        keys,
        ...(year === undefined || change ? {} : { year }),
        ...(change ? { change } : {}),
      };
  }

  const role = roleOf(q);
  const area = areaOf(q, dataset);
  if (has(q, 'contact') || role !== undefined) {
    return {
      kind: 'contact',
      ...(role === undefined ? {} : { role }),
      ...(area === undefined ? {} : { area }),
    };
  }

  const communes = of('commune');
  const arrondissements = of('arrondissement');
  const epcis = of('epci');
  if (communes.length + arrondissements.length + epcis.length > 0) {
    return {
      kind: 'structures-in',
      ...(communes[0] === undefined ? {} : { commune: communes[0] }),
      ...(arrondissements[0] === undefined ? {} : { arrondissement: arrondissements[0] }),
      ...(epcis[0] === undefined ? {} : { epci: epcis[0] }),
    };
  }
  if (has(q, 'structuresIn') && !has(q, 'count')) {
    const activity = activityWord(dataset, q);
    if (activity !== undefined) return { kind: 'structures-in', activity };
  }

  if (
    has(q, 'indicatorsOverview') ||
    (has(q, 'count') && /\b(membres|adherents|structures)\b/.test(q.norm))
  ) {
    return has(q, 'indicatorsOverview')
      ? withYear({ kind: 'indicators-overview' as const })
      : {
          kind: 'indicator',
          keys: dataset.indicatorByKey.has('members') ? ['members'] : [],
          ...(year === undefined ? {} : { year }),
        };
  }
  if (has(q, 'governance')) return withYear({ kind: 'governance' as const });
  if (has(q, 'help')) return { kind: 'help' };
  if (has(q, 'groupList') && !has(q, 'next')) return { kind: 'group-list' };
  if (has(q, 'agenda'))
    return year === undefined
      ? { kind: 'agenda', period: agendaPeriod(q) }
      : { kind: 'agenda', period: 'annee', year };
  const meeting = meetingIntent(q, []);
  if (meeting) return meeting;
  return { kind: 'unknown', text: question };
}
