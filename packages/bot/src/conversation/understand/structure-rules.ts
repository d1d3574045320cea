import { type Dataset, type Mention, normalizeText, type Registry, tokenize } from '@ptce/core';
import type { Intent } from '../intent.js';
import { ROLE_WORDS } from '../vocabulary-fr.js';
import { placeQuestion } from './meeting-rules.js';
import { has, type Reading, residual } from './reading.js';
import { registryMatches } from './registry-matches.js';
import {
  COUNT_WORDS,
  FUNCTION_SET,
  GENERIC_WORDS,
  NORMALIZED_DEPARTMENTS,
  STATIC_WORDS,
  stemOf,
  WEAK,
  wordsOf,
} from './vocabulary-index.js';

// ── Structures, people, figures ──────────────────────────────────────────────────────────────

export type StructureAspect = Extract<Intent, { kind: 'structure-info' }>['aspect'];

/** The aspect a structure question asks about, when a cue says it. */
export function structureAspectCue(r: Reading): Exclude<StructureAspect, 'all' | 'groups'> | undefined {
  if (has(r, 'president')) return 'president';
  if (has(r, 'director')) return 'director';
  if (has(r, 'address')) return 'address';
  if (has(r, 'activities')) return 'activities';
  return undefined;
}

export function structureAspect(r: Reading): StructureAspect {
  const cue = structureAspectCue(r);
  if (cue === 'president' || cue === 'director') return cue;
  if (cue === 'address' || placeQuestion(r)) return 'address';
  if (/\b(groupes?|gt)\b/.test(r.norm)) return 'groups';
  return cue ?? 'all';
}

export function roleOf(r: Reading): string | undefined {
  for (const [phrase, role] of Object.entries(ROLE_WORDS)) {
    if (phrase.includes(' ') ? r.cueText.includes(` ${phrase} `) : r.matched.has(phrase)) return role;
  }
  return undefined;
}

export function areaOf(r: Reading): string | undefined {
  for (const { area, stem } of wordsOf(r.dataset).areas)
    if (stem.length >= 4 && r.words.some((w) => w.startsWith(stem))) return area;
  return undefined;
}

/** The words typed after index `at`, without the leading grammar words: an unknown name. */
export function nameAfter(r: Reading, at: number): string {
  let i = at + 1;
  while (i < r.words.length && FUNCTION_SET.has(r.words[i]!)) i++;
  return r.typed.slice(i).join(' ');
}

/** Indicators named in the question; generic words ("membres") yield to a place or a precise indicator. */
export function indicatorMentions(r: Reading, withPlace: boolean): string[] {
  const found = r.mentions.filter((m) => m.entity.kind === 'indicator');
  const generic = (m: Mention) => m.variant.split(' ').every((w) => GENERIC_WORDS.has(w));
  const precise = found.filter((m) => !generic(m));
  // « adhérents » alone names the members' count only when a count is asked or nothing else is:
  // « y a une mutuelle parmi les adhérents ? » looks for a member.
  const kept =
    withPlace || precise.length > 0 ? precise : has(r, 'count') || residual(r).length === 0 ? found : [];
  return [...new Set(kept.map((m) => m.entity.id))];
}

/**
 * The indicator whose label or aliases share the most words with the question ("combien d'EPCI
 * ont conventionné" → "EPCI ayant conventionné"), with the question words it used.
 */
export function indicatorByWords(r: Reading): { key: string; keys: string[]; used: Set<number> } | undefined {
  const candidates = r.words
    .map((w, i) => ({ w, i, stem: stemOf(w) }))
    .filter(({ w, i }) => !r.named[i] && w.length >= 3 && !FUNCTION_SET.has(w) && !COUNT_WORDS.has(w));
  if (candidates.length === 0) return undefined;
  let best: { key: string; used: Set<number>; score: number; hits: number } | undefined;
  const all: { key: string; used: Set<number> }[] = [];
  for (const { key, tokens } of wordsOf(r.dataset).indicatorNames) {
    const used = new Set<number>();
    for (const { t, stem } of tokens) {
      const c = candidates.find((x) => x.w === t || (x.stem.length >= 5 && stem === x.stem));
      if (c) used.add(c.i);
    }
    if (used.size === 0) continue;
    all.push({ key, used });
    const score = used.size / tokens.length;
    if (!best || score > best.score || (score === best.score && used.size > best.hits))
      best = { key, used, score, hits: used.size };
  }
  if (!best || best.score < 0.5) return undefined;
  // « l'atelier théâtre, ça donne quoi en chiffres ? »: every figure named by the same words of
  // the question (two at least), the best first.
  const same = (u: Set<number>) => u.size === best!.used.size && [...u].every((i) => best!.used.has(i));
  const others =
    best.hits >= 2 ? all.filter((o) => o.key !== best!.key && same(o.used)).map((o) => o.key) : [];
  return { key: best.key, keys: [best.key, ...new Set(others)], used: best.used };
}

/** The PTCE's count of member structures: the indicator whose label is only generic words. */
export function membersIndicator(dataset: Dataset): string | undefined {
  const generic = (t: string) => GENERIC_WORDS.has(t) || GENERIC_WORDS.has(t.replace(/e?s?$/, 's'));
  return dataset.indicators.find(
    (i) =>
      i.scope === 'ptce' &&
      tokenize(i.label)
        .filter((t) => !WEAK.has(t))
        .every(generic),
  )?.key;
}

export function indicatorIntent(r: Reading, keys: readonly string[], ys: readonly number[]): Intent {
  const change = has(r, 'change') || ys.length >= 2;
  const year = ys[ys.length - 1];
  // « la population de l'arrondissement de Cambrai »: the figures of the place named, when the
  // indicator has some for it; a town that names its arrondissement (« à Valenciennes ») too.
  const places = new Set(
    r.mentions
      .filter(
        (m) => m.entity.kind === 'arrondissement' || m.entity.kind === 'epci' || m.entity.kind === 'commune',
      )
      .map((m) => m.entity.id),
  );
  const areas = [
    ...new Set(
      keys.flatMap((k) =>
        (r.dataset.indicatorByKey.get(k)?.observations ?? []).flatMap((o) =>
          o.area !== undefined && places.has(o.area) ? [o.area] : [],
        ),
      ),
    ),
  ];
  return {
    kind: 'indicator',
    keys,
    ...(year === undefined || change ? {} : { year }),
    ...(change ? { change } : {}),
    ...(areas.length > 0 ? { areas } : {}),
  };
}

/** An activity word of the member structures ("insertion", "vélo"), as typed, with its index. */
export function activityOf(r: Reading): { activity: string; at: number } | undefined {
  const { activityWords } = wordsOf(r.dataset);
  for (let i = 0; i < r.words.length; i++) {
    const w = r.words[i]!;
    if (w.length < 4 || r.named[i] || STATIC_WORDS.has(w)) continue;
    const stem = w.replace(/s$/, '');
    if (activityWords.some((a) => a.startsWith(stem)))
      return { activity: r.typed[i]!.replace(/s$/, ''), at: i };
  }
  return undefined;
}

// ── PTCEs in general ─────────────────────────────────────────────────────────────────────────

export function departmentOf(r: Reading, registry: Registry | undefined): string | undefined {
  const byCode = registry?.ptces.find(
    (p) => p.departmentCode !== undefined && r.words.includes(p.departmentCode.toLowerCase()),
  );
  if (byCode) return byCode.department;
  const padded = ` ${r.norm} `;
  const found = NORMALIZED_DEPARTMENTS.find((d) => padded.includes(` ${d.norm} `));
  if (!found) return undefined;
  // The registry's own spelling, when it has PTCEs there.
  return registry?.ptces.find((p) => normalizeText(p.department) === found.norm)?.department ?? found.name;
}

/** Words after « PTCE » that describe which one: « le PTCE du Touquet », « le PTCE qui… ». */
const DESCRIBING = new Set([
  'du',
  'de',
  'd',
  'des',
  'a',
  'au',
  'aux',
  'en',
  'dans',
  'sur',
  'qui',
  'pres',
  'autour',
  'vers',
  'cote',
]);

const SELECTING = new Set([
  'quel',
  'quels',
  'quelle',
  'quelles',
  'un',
  'une',
  'des',
  'autre',
  'autres',
  'lequel',
]);

/**
 * Whether the question names another PTCE of the registry by two words of its name or more,
 * wherever they stand: « l'Eco-Pôle alimentaire d'Audruicq a-t-il été labellisé PTCE ? ».
 */
export function namesOtherPtce(r: Reading, registry: Registry | undefined): boolean {
  const own = normalizeText(r.dataset.ptce.name);
  return (registry?.ptces ?? []).some(
    (p) =>
      normalizeText(p.name) !== own &&
      normalizeText(p.name)
        .split(' ')
        .filter((w) => w.length >= 4 && w !== 'ptce' && r.words.includes(w)).length >= 2,
  );
}

export function regionalIntent(r: Reading, registryOf: () => Registry | undefined): Intent | undefined {
  const ptceWord = /\b(ptce|poles)\b/.test(r.norm);
  // Read the registry only for questions that may be about it: it is loaded on demand.
  if (!ptceWord && !has(r, 'regional')) return undefined;
  // « combien de PTCE en France » is the national figure, not the region's registry.
  if (has(r, 'count') && /\b((?<!hauts de )france|nationale?s?|nationaux|nationalement)\b/.test(r.norm))
    return undefined;
  const registry = registryOf();
  const department = ptceWord ? departmentOf(r, registry) : undefined;
  const { regions } = wordsOf(r.dataset);
  let region: string | undefined;
  if (registry) {
    region = regions.get(registry) ?? normalizeText(registry.registry.region);
    regions.set(registry, region);
  }
  const inRegion = region !== undefined && region !== '' && ` ${r.norm} `.includes(` ${region} `);
  // Which PTCE does something, is somewhere, or was made laureate when: the registry is searched.
  const own = ` ${r.norm} `.includes(` ${normalizeText(r.dataset.ptce.name)} `);
  const inDepartment =
    registry?.ptces.filter((p) => department === undefined || p.department === department) ?? [];
  // The département's own words (« Oise ») chose the département, not a PTCE named after it.
  const placeWords = new Set(department === undefined ? [] : normalizeText(department).split(' '));
  // « quel PTCE… », « un PTCE qui… », « le PTCE du Touquet » pick one; « les partenaires du PTCE »
  // is about this one.
  const at = r.words.findIndex((w) => w === 'ptce' || w === 'poles');
  // « le PTCE accompagne » is this PTCE doing something: a preposition, « qui » or a word of a
  // registered PTCE's name after it describes another one.
  const next = r.words[at + 1] ?? '';
  const registered = (w: string) =>
    w.length >= 3 && (registry?.ptces ?? []).some((p) => normalizeText(p.name).split(' ').includes(w));
  const choosing =
    at >= 0 &&
    (SELECTING.has(r.words[at - 1] ?? '') ||
      DESCRIBING.has(next) ||
      registered(next) ||
      namesOtherPtce(r, registry));
  const picked =
    ptceWord && !own && choosing
      ? registryMatches(
          r.words.filter((w) => !placeWords.has(w)),
          inDepartment,
        )
      : [];
  const picks = picked.length > 0 && picked.length < inDepartment.length;
  if (!has(r, 'regional') && !(ptceWord && (department !== undefined || inRegion || picks))) return undefined;
  // A detail the registry does not hold (« l'adresse du PTCE Anima ») is said to be missing.
  const cue = picks ? structureAspectCue(r) : undefined;
  const missing =
    cue === 'address' || cue === 'president' || cue === 'director'
      ? cue
      : picks && has(r, 'contact')
        ? 'contact'
        : undefined;
  return {
    kind: 'regional-ptces',
    ...(department === undefined ? {} : { department }),
    ...(picks ? { ids: picked.map((p) => p.id) } : {}),
    ...(missing ? { missing } : {}),
  };
}
