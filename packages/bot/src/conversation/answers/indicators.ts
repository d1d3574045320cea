import {
  type Dataset,
  formatEuroFr,
  formatNumberFr,
  formatPercentFr,
  type Indicator,
  indicator,
  indicatorSeries,
  type SourcedObservation,
  targetProgress,
  toLocalDate,
} from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, type ReplySource, reply } from '../reply.js';
import { periodText } from './period-text.js';

/** A value in the indicator's unit: "25 M€", "1 200 emplois", "12,5 %". */
export function valueText(ind: Indicator, value: number): string {
  const key = `${ind.unit === 'eur' || ind.unit === 'percent' ? ind.unit : 'number'} ${value}`;
  let text = valueTexts.get(key);
  if (text === undefined) {
    text =
      ind.unit === 'eur'
        ? formatEuroFr(value)
        : ind.unit === 'percent'
          ? formatPercentFr(value)
          : formatNumberFr(value);
    // The values of a dataset are few; the bound only guards against unbounded growth.
    if (valueTexts.size > 10_000) valueTexts.clear();
    valueTexts.set(key, text);
  }
  return text;
}

// Core's number formatting builds an Intl.NumberFormat on every call: formatted values are kept.
const valueTexts = new Map<string, string>();

const areaNames = new WeakMap<Dataset, ReadonlyMap<string, string>>();

function areaName(dataset: Dataset, id: string | undefined): string {
  if (id === undefined) return '';
  let names = areaNames.get(dataset);
  if (!names) {
    const t = dataset.ptce.territory;
    // Later entries win: arrondissements over EPCIs over structures, as before.
    names = new Map([
      ...dataset.structures.map((s) => [s.id, s.name] as const),
      ...t.epcis.map((e) => [e.id, e.shortName] as const),
      ...t.arrondissements.map((a) => [a.id, a.name] as const),
    ]);
    areaNames.set(dataset, names);
  }
  return ` (${names.get(id) ?? id})`;
}

function observationLine(dataset: Dataset, ind: Indicator, o: SourcedObservation): string {
  return `${periodText(o.period)}${areaName(dataset, o.area)} : ${valueText(ind, o.value)} — ${o.source.title ?? o.source.id}${o.note ? ` (${o.note})` : ''}`;
}

function sourcesOf(observations: readonly SourcedObservation[]): ReplySource[] {
  const out = new Map<string, ReplySource>();
  for (const o of observations)
    out.set(o.source.id, {
      id: o.source.id,
      title: o.source.title ?? o.source.id,
      date: o.source.date ?? '',
    });
  return [...out.values()];
}

/** Figures for one or more indicators, for a year or over time, with sources and disagreements. */
export function indicatorReply(
  intent: Extract<Intent, { kind: 'indicator' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const lines: string[] = [];
  const all: SourcedObservation[] = [];
  const labels: string[] = [];
  for (const key of intent.keys) {
    const reading = indicator(dataset, key, {
      ...(intent.year === undefined ? {} : { period: String(intent.year) }),
      ...(intent.areas === undefined ? {} : { areas: intent.areas }),
    });
    if (!reading) continue;
    const ind = reading.indicator;
    labels.push(ind.label);
    all.push(...reading.observations);
    if (reading.observations.length === 0) {
      const known =
        indicator(dataset, key, intent.areas === undefined ? {} : { areas: intent.areas })?.observations.map(
          (o) => o.period,
        ) ?? [];
      const targets = ind.targets.map(
        (t) =>
          `objectif ${periodText(t.period)} : ${valueText(ind, t.value)}${t.note ? ` (${t.note.replace(/\.$/, '')})` : ''}`,
      );
      const label = `${ind.label}${(intent.areas ?? []).map((a) => areaName(dataset, a)).join('')}`;
      lines.push(
        intent.year === undefined
          ? targets.length > 0
            ? `${label} : ${targets.join(' ; ')}. Les documents ne donnent pas encore de valeur atteinte.`
            : `${label} : aucune valeur observée dans les documents.`
          : `${ind.label} : aucune valeur pour ${intent.year}.${known.length > 0 ? ` Années connues : ${[...new Set(known)].join(', ')}.` : ''}`,
      );
      continue;
    }
    if (intent.change) {
      const series = indicatorSeries(dataset, key);
      lines.push(`${ind.label} :`);
      for (const p of series) {
        const value =
          p.value !== undefined
            ? valueText(ind, p.value)
            : `${(p.values ?? []).map((v) => valueText(ind, v)).join(' ou ')} (les sources divergent)`;
        const change = p.change
          ? ` (${p.change.absolute >= 0 ? '+' : ''}${valueText(ind, p.change.absolute)}${p.change.percent !== undefined ? `, ${p.change.percent >= 0 ? '+' : ''}${formatPercentFr(p.change.percent)}` : ''})`
          : '';
        lines.push(`• ${periodText(p.period)} : ${value}${change}`);
      }
      continue;
    }
    lines.push(`${ind.label} :`);
    for (const o of reading.observations) lines.push(`• ${observationLine(dataset, ind, o)}`);
    if (intent.year === undefined && ind.description) lines.push(ind.description);
    if (reading.observations.some((o) => o.disagreement))
      lines.push('Les sources ne donnent pas le même chiffre : toutes les valeurs sont indiquées.');
    if (ind.targets.length > 0) {
      const progress = targetProgress(dataset, key);
      if (progress) {
        lines.push(
          `Objectif ${periodText(progress.target.period)} : ${valueText(ind, progress.target.value)}${progress.share !== undefined ? ` (atteint à ${formatPercentFr(progress.share * 100, { maximumFractionDigits: 0 })})` : ''}.`,
        );
      }
    }
  }
  if (labels.length === 0) {
    return reply('indicator', 'Indicateur introuvable', {
      lines: ['Je ne trouve pas cet indicateur dans les données.'],
      suggestions: ['indicateurs'],
    });
  }
  return reply('indicator', `${labels.join(', ')}${intent.year !== undefined ? ` en ${intent.year}` : ''}`, {
    lines,
    sources: sourcesOf(all),
    data: {
      keys: intent.keys,
      year: intent.year ?? null,
      observations: all.map((o) => ({
        period: o.period,
        value: o.value,
        source: o.source.id,
        area: o.area ?? null,
      })),
    },
  });
}

/** The main PTCE-scope figures, for a year (default: the latest year with figures). */
export function indicatorsOverviewReply(
  intent: Extract<Intent, { kind: 'indicators-overview' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const ptceIndicators = dataset.indicators.filter((i) => i.scope === 'ptce');
  const years = ptceIndicators.flatMap((i) => i.observations.map((o) => Number(o.period.slice(0, 4))));
  const year =
    intent.year ?? (years.length > 0 ? Math.max(...years) : toLocalDate(ctx.now, dataset.timeZone).year);
  const lines: string[] = [];
  const all: SourcedObservation[] = [];
  for (const ind of ptceIndicators) {
    const reading = indicator(dataset, ind.key, { period: String(year) });
    const obs = reading?.observations.filter((o) => o.area === undefined) ?? [];
    if (obs.length === 0) continue;
    all.push(...obs);
    const values = [...new Set(obs.map((o) => valueText(ind, o.value)))];
    lines.push(
      `• ${ind.label} : ${values.join(' ou ')}${values.length > 1 ? ' (les sources divergent)' : ''}`,
    );
  }
  return reply('indicators-overview', `Chiffres clés ${year}`, {
    lines: lines.length > 0 ? lines : [`Aucun chiffre n’est connu pour ${year}.`],
    sources: sourcesOf(all),
    data: { year },
  });
}
