import { normalizeText } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { ask } from '../../../packages/bot/src/conversation/engine.js';
import type { ConversationContext, IntentKind } from '../../../packages/bot/src/conversation/intent.js';
import { renderText } from '../../../packages/bot/src/conversation/render-text.js';
import { loadDataset, loadRegistry } from '../../../packages/bot/src/data/load-data.js';
import { CORPUS, type CorpusCase, NEGATIVE_CORPUS, NOW, NOW_2024 } from './corpus.js';

const dataset = loadDataset();
const registry = loadRegistry();
const ctx2023: ConversationContext = registry ? { dataset, registry, now: NOW } : { dataset, now: NOW };
const ctx2024: ConversationContext = { ...ctx2023, now: NOW_2024 };

const ALL_KINDS: readonly IntentKind[] = [
  'next-meeting',
  'last-meeting',
  'meeting-agenda',
  'meeting-place',
  'meeting-minutes',
  'agenda',
  'body-cadence',
  'body-composition',
  'body-compliance',
  'governance',
  'group-list',
  'group-info',
  'group-not-found',
  'structure-info',
  'structures-in',
  'contact',
  'indicator',
  'indicators-overview',
  'ptce-definition',
  'ptce-charter',
  'ptce-motto',
  'regional-ptces',
  'help',
  'unknown',
];

function percent(part: number, total: number): string {
  return (Math.round((1000 * part) / total) / 10).toLocaleString('fr-FR', { minimumFractionDigits: 1 });
}

// Numbers are formatted with narrow no-break spaces ("1 200"); the facts are typed with spaces.
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function failureOf(c: CorpusCase): string | undefined {
  const r = ask(c.question, c.in2024 ? ctx2024 : ctx2023);
  const text = plain(renderText(r));
  const missing = c.facts.filter((f) => !text.includes(f));
  if (r.intent === c.kind && missing.length === 0) return undefined;
  const why = [
    r.intent === c.kind ? '' : `intention ${r.intent} au lieu de ${c.kind}`,
    missing.length === 0 ? '' : `manque ${missing.map((m) => `« ${m} »`).join(', ')}`,
  ]
    .filter(Boolean)
    .join(' ; ');
  return `« ${c.question} » : ${why}\n    ${text.split('\n').slice(0, 4).join('\n    ')}`;
}

// What an invented answer would leak: a date, or a person's name that the question did not give.
const DATE =
  /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b/i;
const NAMES = [
  ...dataset.people.map((p) => p.name),
  ...dataset.structures.flatMap((s) => [s.president, s.director, s.address?.street]),
].filter((n): n is string => n !== undefined);
const HONEST = /je ne trouve|je ne sais pas|aucun|aucune|\bpas\b/i;

function inventionOf(question: string, facts: readonly string[] = []): string | undefined {
  const r = ask(question, ctx2023);
  const text = plain(renderText(r));
  const asked = ` ${normalizeText(question)} `;
  const problems: string[] = [];
  if (!['unknown', 'group-not-found'].includes(r.intent) && !HONEST.test(text))
    problems.push(`réponse affirmative (${r.intent})`);
  const date = DATE.exec(text);
  if (date) problems.push(`date « ${date[0]} »`);
  for (const name of NAMES)
    if (text.includes(name) && !asked.includes(` ${normalizeText(name)} `)) problems.push(`nom « ${name} »`);
  for (const f of facts) if (!text.includes(f)) problems.push(`manque « ${f} »`);
  return problems.length === 0
    ? undefined
    : `« ${question} » : ${problems.join(' ; ')}\n    ${text.split('\n').slice(0, 3).join('\n    ')}`;
}

/**
 * The corpus questions answered wrongly today, each with why; every other question must pass.
 */
const KNOWN_FAILURES: readonly string[] = [];

describe('French question corpus (Auton’Hommes)', () => {
  it('has at least 170 questions that cover every intent kind but unknown and group-not-found', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(170);
    const covered = new Set(CORPUS.map((c) => c.kind));
    expect(ALL_KINDS.filter((k) => !covered.has(k))).toEqual(['group-not-found', 'unknown']);
  });

  it('understands every question and gives every expected fact, but the known failures', () => {
    const failing = CORPUS.filter((c) => failureOf(c) !== undefined);
    const passed = CORPUS.length - failing.length;
    console.log(`Corpus : ${passed}/${CORPUS.length} (${percent(passed, CORPUS.length)} %)`);
    const unexpected = failing.filter((c) => !KNOWN_FAILURES.includes(c.question)).map(failureOf);
    if (unexpected.length > 0) console.log(`Échecs :\n${unexpected.map((f) => `  ${f}`).join('\n')}`);
    expect(unexpected).toEqual([]);
    // A known failure that now passes comes off the list.
    expect(failing.map((c) => c.question)).toEqual(KNOWN_FAILURES);
  });

  it('never invents a fact for the negative corpus', () => {
    expect(NEGATIVE_CORPUS.length).toBeGreaterThanOrEqual(25);
    const failures = NEGATIVE_CORPUS.map((c) => inventionOf(c.question, c.facts)).filter(
      (f): f is string => f !== undefined,
    );
    const passed = NEGATIVE_CORPUS.length - failures.length;
    console.log(
      `Corpus négatif : ${passed}/${NEGATIVE_CORPUS.length} (${percent(passed, NEGATIVE_CORPUS.length)} %)`,
    );
    if (failures.length > 0) console.log(`Échecs :\n${failures.map((f) => `  ${f}`).join('\n')}`);
    expect(failures).toEqual([]);
  });
});
