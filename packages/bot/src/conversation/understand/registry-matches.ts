import { normalizeText, passageTerm, type Registry } from '@ptce/core';

/** Words of asking about PTCEs that say nothing of which one. */
const GENERIC = new Set(
  [
    'ptce',
    'pole',
    'poles',
    'quel',
    'quels',
    'quelle',
    'quelles',
    'qui',
    'travaille',
    'travaillent',
    'bosse',
    'fait',
    'font',
    'experimente',
    'experimentent',
    'sur',
    'dans',
    'region',
    'hauts',
    'france',
    'departement',
    'labellise',
    'labellises',
    'laureat',
    'laureats',
    'ete',
    'annee',
    'quoi',
    'ou',
    'est',
    'c',
    'y',
    'a',
    'un',
    'une',
    'il',
    'elle',
  ].map((w) => passageTerm(w) ?? w),
);

type Entry = Registry['ptces'][number];

function entryTerms(p: Entry): Set<string> {
  const text = [p.name, ...p.aliases, ...p.communes, p.carrier ?? '', ...p.aims].join(' ');
  return new Set(
    normalizeText(text)
      .split(' ')
      .flatMap((w) => passageTerm(w) ?? []),
  );
}

/**
 * The PTCEs of a registry that a question describes: by a theme of their aims (« qui expérimente
 * le revenu de transition écologique ? »), a commune (« le PTCE du Touquet »), or the year they
 * were made laureates (« labellisé en 2015 »). Only the best-matching entries are kept.
 *
 * @param words - The question's normalised words.
 * @param entries - The registry entries to choose from.
 * @returns The entries, best first; empty when the question describes none of them.
 */
export function registryMatches(words: readonly string[], entries: readonly Entry[]): Entry[] {
  const terms = [...new Set(words.flatMap((w) => passageTerm(w) ?? []))].filter(
    (t) => !GENERIC.has(t) && !/^\d+$/.test(t),
  );
  const years = words.filter((w) => /^(19|20)\d{2}$/.test(w));
  const scored = entries.map((p) => {
    const own = entryTerms(p);
    const hits = terms.filter((t) => own.has(t)).length;
    const year = p.laureate !== undefined && years.some((y) => p.laureate!.startsWith(y)) ? 2 : 0;
    return { p, score: hits + year };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  // Most of the question's words must describe the PTCE: « le PTCE a un compte Instagram ? » is
  // not about the one whose aims say « rendre compte ».
  if (best === 0 || (years.length === 0 && best * 2 <= terms.length)) return [];
  return scored.filter((s) => s.score === best).map((s) => s.p);
}
