import type { PeriodMention } from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { ROLE_WORDS } from '../vocabulary-fr.js';
import {
  abbreviatedBodies,
  agendaPeriod,
  bodyIntent,
  groupIntent,
  groupTargets,
  meetingIntent,
  nextPeriod,
} from './meeting-rules.js';
import { entitiesOf, has, lastCueAt, type Reading, residual, years } from './reading.js';
import {
  activityOf,
  areaOf,
  indicatorByWords,
  indicatorIntent,
  indicatorMentions,
  membersIndicator,
  nameAfter,
  regionalIntent,
  roleOf,
  structureAspect,
  structureAspectCue,
} from './structure-rules.js';
import { GENERIC_WORDS } from './vocabulary-index.js';

// ── The parser ───────────────────────────────────────────────────────────────────────────────

/**
 * Understands a French question: finds the entities it names (from the dataset, with typos,
 * accents and abbreviations tolerated) and what is asked about them. A question with words the
 * data does not explain, and no entity to anchor it, is not guessed at.
 *
 * @returns The intent; `unknown` when nothing fits.
 */
export function structuredIntent(
  question: string,
  r: Reading,
  ctx: ConversationContext,
  period?: PeriodMention,
): Intent {
  const { dataset } = ctx;
  if (r.words.length === 0) return { kind: 'help' };
  const unknown: Intent = { kind: 'unknown', text: question };
  const ys = years(r);
  // A year written out, else one counted from today (« cette année », « l'an dernier »).
  const year =
    ys[ys.length - 1] ?? (period?.precision === 'year' ? Number(period.from.slice(0, 4)) : undefined);
  const withYear = <T extends object>(o: T) => (year === undefined ? o : { ...o, year });

  // « la loi REEN impose quoi » names another law: a name the data does not know, in capitals.
  const otherName = residual(r).some((i) => /^\p{Lu}{2,}/u.test(r.typed[i] ?? ''));
  if (has(r, 'definition') && !has(r, 'charter') && !otherName) return { kind: 'ptce-definition' };
  if (has(r, 'charter')) return { kind: 'ptce-charter' };
  if (has(r, 'motto')) return { kind: 'ptce-motto' };
  const regional = regionalIntent(r, () => ctx.registry);
  if (regional) return regional;

  const groups = groupTargets(r);
  if (groups.missingNumber !== undefined)
    return { kind: 'group-not-found', number: groups.missingNumber, text: question };
  // « le groupe de travail Tourisme », « le GT tourisme »: a theme no group has.
  const unknownTheme = groups.targets.length === 0 ? unknownGroupName(r) : undefined;
  if (unknownTheme) return { kind: 'group-not-found', name: unknownTheme, text: question };
  const structures = entitiesOf(r, 'structure');
  if (groups.targets.length > 0 && structures.length === 0) return groupIntent(r, groups.targets);

  const places = {
    commune: entitiesOf(r, 'commune')[0],
    arrondissement: entitiesOf(r, 'arrondissement')[0],
    epci: entitiesOf(r, 'epci')[0],
  };
  const hasPlace = Object.values(places).some((p) => p !== undefined);
  let indicators = indicatorMentions(r, hasPlace);
  // "Combien d'EPCI sur le territoire": a label that explains more words than the one named.
  const byWords = has(r, 'count') ? indicatorByWords(r) : undefined;
  if (byWords && indicators.length > 0) {
    const longest = Math.max(...r.mentions.filter((m) => m.entity.kind === 'indicator').map((m) => m.length));
    if (byWords.used.size > longest) indicators = byWords.keys;
  }
  const bodies = [...new Set([...entitiesOf(r, 'body'), ...abbreviatedBodies(r)])];
  // « les membres du bureau » asks who sits in the body, not how many members the PTCE has.
  if (bodies.length > 0 && (indicators.length === 0 || (has(r, 'composition') && !has(r, 'count'))))
    return bodyIntent(r, bodies, year);
  if (structures.length > 0) return { kind: 'structure-info', structures, aspect: structureAspect(r) };
  const people = entitiesOf(r, 'person');
  if (people.length === 1) return { kind: 'contact', person: people[0]! };
  if (people.length > 1) return { kind: 'contact', people };

  if (
    has(r, 'groupList') &&
    !has(r, 'count') &&
    !has(r, 'next') &&
    !has(r, 'last') &&
    residual(r).length === 0
  )
    return { kind: 'group-list' };
  // « qui est chargé de développement dans le Cambrésis ? »: a role of the team's for that area,
  // not the structures there.
  const teamArea = areaOf(r) !== undefined && (roleOf(r) !== undefined || has(r, 'contact'));
  if (hasPlace && indicators.length === 0 && !teamArea) {
    // « qui est le président de la CAVM » asks about the place itself, which the data does not say.
    const aspect = structureAspectCue(r);
    if (residual(r).length > 0 || aspect === 'president' || aspect === 'director') return unknown;
    const street = STREET.exec(r.norm)?.[0];
    return {
      kind: 'structures-in',
      ...(street === undefined ? {} : { street }),
      ...(places.commune === undefined ? {} : { commune: places.commune }),
      ...(places.arrondissement === undefined ? {} : { arrondissement: places.arrondissement }),
      ...(places.epci === undefined ? {} : { epci: places.epci }),
    };
  }
  if (indicators.length > 0) return indicatorIntent(r, indicators, ys);

  // Figures named in other words than the indicator's label.
  if (byWords) return residual(r, byWords.used).length > 0 ? unknown : indicatorIntent(r, byWords.keys, ys);

  // People and structures asked about by role, or by a name the data does not have.
  const role = roleOf(r);
  const area = areaOf(r);
  const aspect = structureAspectCue(r);
  const contactCue = has(r, 'contact');
  if (role !== undefined || contactCue || aspect === 'president' || aspect === 'director') {
    const left = residual(r);
    if (left.length === 0) {
      if (role !== undefined || contactCue || area !== undefined)
        return {
          kind: 'contact',
          ...(role === undefined ? {} : { role }),
          ...(area === undefined ? {} : { area }),
          ...(year === undefined ? {} : { year }),
        };
    } else {
      const at = lastCueAt(r, ['contact', 'president', 'director', 'address'], Object.keys(ROLE_WORDS));
      if (at < 0 || left.some((i) => i < at)) return unknown;
      if (aspect === 'president' || aspect === 'director')
        return { kind: 'structure-info', structures: [], aspect };
      return { kind: 'contact', person: nameAfter(r, at) };
    }
  }
  if (aspect === 'address') {
    const left = residual(r);
    if (left.length > 0) {
      const at = lastCueAt(r, ['address']);
      return at >= 0 && left.every((i) => i > at)
        ? { kind: 'structure-info', structures: [], aspect }
        : unknown;
    }
  }

  if (has(r, 'structuresIn') && !has(r, 'count')) {
    const activity = activityOf(r);
    if (activity !== undefined)
      return residual(r, new Set([activity.at])).length > 0
        ? unknown
        : { kind: 'structures-in', activity: activity.activity };
  }

  // Whatever follows needs no entity, so every word must be explained.
  if (residual(r).length > 0) return unknown;
  if (has(r, 'indicatorsOverview')) return withYear({ kind: 'indicators-overview' as const });
  if (has(r, 'count') && [...GENERIC_WORDS].some((w) => r.matched.has(w))) {
    const members = membersIndicator(dataset);
    return { kind: 'indicator', keys: members ? [members] : [], ...(year === undefined ? {} : { year }) };
  }
  if (has(r, 'governance')) return withYear({ kind: 'governance' as const });
  if (has(r, 'agenda'))
    return year === undefined
      ? { kind: 'agenda', period: agendaPeriod(r), ...(nextPeriod(r) ? { offset: 1 as const } : {}) }
      : { kind: 'agenda', period: 'annee', year };
  if (has(r, 'groupList') && !has(r, 'next') && !has(r, 'last')) return { kind: 'group-list' };
  const meeting = meetingIntent(r, []);
  if (meeting) return meeting;
  if (has(r, 'help')) return { kind: 'help' };
  return unknown;
}

/** Words that may stand between « groupe » and the theme that names it. */
const THEME_JOINERS = new Set(['de', 'travail', 'du', 'des', 'la', 'le', 'l', 'sur', 'd']);

/**
 * The theme typed after « groupe de travail » or « GT » that no group or other thing of the data
 * has (« le GT tourisme »), as typed; undefined when the words after it are known.
 */
function unknownGroupName(r: Reading): string | undefined {
  const at = r.words.findIndex((w) => w === 'gt' || w === 'groupe');
  if (at < 0) return undefined;
  let i = at + 1;
  while (i < r.words.length && THEME_JOINERS.has(r.words[i]!)) i++;
  const word = r.words[i];
  if (word === undefined || word.length < 4 || r.covered[i] || !residual(r).includes(i)) return undefined;
  return r.typed[i] ?? word;
}

/** A street as a question types it, normalised: « 1 rue rosalie levasseur ». */
export const STREET =
  /\b(?:\d+ (?:bis |ter )?)?(?:rue|avenue|av|boulevard|bd|place|chemin|route|allee|impasse|quai|sentier|cours)(?: (?!a\b|au\b|en\b|dans\b|sur\b)[a-z]+){1,4}/;
