import {
  cadenceReport,
  type Dataset,
  epciConventionShare,
  formatInstantFr,
  formatLocalDateFr,
  formatPercentFr,
  membersAt,
  parseLocalDate,
  proposeSchedule,
  reminderPlanReport,
  toLocalDate,
} from '@ptce/core';
import { governanceReply } from '../conversation/answers/bodies.js';
import { indicatorsOverviewReply } from '../conversation/answers/indicators.js';
import { renderText } from '../conversation/render-text.js';
import { loadDatasetLazily } from '../data/lazy-load-data.js';
import { targetName } from '../meeting-text/target-name.js';
import type { CommonFlags } from './governance-commands.js';
import { type CliIo, UsageError } from './io.js';
import { parseDayBound, parseNow } from './options.js';

function yearOption(value: string | undefined, dataset: Dataset, now: Date): number {
  if (value === undefined) return toLocalDate(now, dataset.timeZone).year;
  if (!/^\d{4}$/.test(value))
    throw new UsageError(`Année invalide : « ${value} » (attendu : AAAA, par exemple 2023).`);
  return Number(value);
}

/** Reports `ptce cadence`. */
export async function cadenceAction(
  io: CliIo,
  setExit: (code: number) => void,
  flags: CommonFlags,
): Promise<void> {
  const dataset = await loadDatasetLazily(flags.data);
  const now = parseNow(flags.now, dataset.timeZone);
  const year = yearOption(flags.year, dataset, now);
  if (flags.json) {
    const report = cadenceReport(dataset, { year, now }).map((e) => ({
      ...e,
      meetings: {
        held: e.meetings.held.map((m) => m.id),
        planned: e.meetings.planned.map((m) => m.id),
        cancelled: e.meetings.cancelled.map((m) => m.id),
      },
    }));
    io.out(JSON.stringify({ year, report }, null, 2));
  } else {
    io.out(renderText(governanceReply({ kind: 'governance', year }, { dataset, now })));
  }
  setExit(0);
}

/** Reports `ptce indicators`. */
export async function indicatorsAction(
  io: CliIo,
  setExit: (code: number) => void,
  flags: CommonFlags,
): Promise<void> {
  const dataset = await loadDatasetLazily(flags.data);
  const now = parseNow(flags.now, dataset.timeZone);
  const overview = indicatorsOverviewReply(
    flags.year === undefined
      ? { kind: 'indicators-overview' }
      : { kind: 'indicators-overview', year: yearOption(flags.year, dataset, now) },
    { dataset, now },
  );
  const year = String((overview.data as { year: number }).year);
  const members = membersAt(dataset, year);
  const epci = epciConventionShare(dataset, year);
  if (flags.json) {
    io.out(
      JSON.stringify(
        {
          year: Number(year),
          members: {
            total: members.total,
            structures: members.structures.map((s) => s.id),
            byArrondissement: members.byArrondissement,
            byEpci: members.byEpci,
            byKind: members.byKind,
          },
          epciConventions: epci ?? null,
          overview: overview.data,
        },
        null,
        2,
      ),
    );
  } else {
    const lines = [renderText(overview), '', `Structures membres attestées en ${year} : ${members.total}`];
    for (const [arr, n] of Object.entries(members.byArrondissement)) {
      lines.push(
        `  • ${dataset.ptce.territory.arrondissements.find((a) => a.id === arr)?.name ?? 'non précisé'} : ${n}`,
      );
    }
    if (epci)
      lines.push(
        `EPCI ayant conventionné : ${epci.withConvention} sur ${epci.total} (${formatPercentFr(epci.share * 100, { maximumFractionDigits: 0 })})`,
      );
    io.out(lines.join('\n'));
  }
  setExit(0);
}

/** Reports `ptce reminders`. */
export async function remindersAction(
  io: CliIo,
  setExit: (code: number) => void,
  flags: CommonFlags & { from: string; to: string },
): Promise<void> {
  const dataset = await loadDatasetLazily(flags.data);
  const tz = dataset.timeZone;
  const from = parseDayBound(flags.from, '--from', tz, 'start');
  const to = parseDayBound(flags.to, '--to', tz, 'end');
  if (to <= from) throw new UsageError('La fin (--to) doit venir après le début (--from).');
  const report = reminderPlanReport(dataset.meetings, dataset.reminders, {
    from,
    to,
    sortedByStart: true,
  });
  if (flags.json) {
    io.out(JSON.stringify(report, null, 2));
  } else {
    const lines = [
      `Rappels prévus pour les réunions du ${formatLocalDateFr(parseLocalDate(flags.from)!)} au ${formatLocalDateFr(parseLocalDate(flags.to)!)} : ${report.reminders.length}`,
    ];
    for (const r of report.reminders) {
      const m = dataset.meetingById.get(r.meetingId)!;
      const status = r.status === 'cancelled' ? ' (réunion annulée : ne sera pas envoyé)' : '';
      lines.push(
        `• ${formatInstantFr(new Date(r.sendAt), { timeZone: tz })} — ${r.label} — ${targetName(dataset, m.body ?? m.group) || m.title} (${formatLocalDateFr(m.when.start)})${status}`,
      );
    }
    if (report.unplannable.length > 0) {
      lines.push(
        `${report.unplannable.length} réunion(s) connue(s) seulement au mois ou à l’année : pas de rappel possible (${report.unplannable.map((u) => u.meetingId).join(', ')}).`,
      );
    }
    if (report.dropped.length > 0) {
      lines.push(
        `${report.dropped.length} rappel(s) écarté(s) faute d’heure connue ou parce qu’ils tomberaient après le début.`,
      );
    }
    io.out(lines.join('\n'));
  }
  setExit(0);
}

/** Reports `ptce propose`. */
export async function proposeAction(
  io: CliIo,
  setExit: (code: number) => void,
  flags: CommonFlags & { body: string },
): Promise<void> {
  const dataset = await loadDatasetLazily(flags.data);
  const now = parseNow(flags.now, dataset.timeZone);
  const year = yearOption(flags.year, dataset, now);
  const target = dataset.bodyById.get(flags.body) ?? dataset.groupById.get(flags.body);
  if (!target) {
    throw new UsageError(
      `Instance ou groupe inconnu : « ${flags.body} ». Identifiants connus : ${[...dataset.bodyById.keys()].join(', ')}.`,
    );
  }
  if (!target.cadence)
    throw new UsageError(`« ${target.name} » n’a pas de cadence fixée dans les données : rien à proposer.`);
  const proposals = proposeSchedule(target, {
    year,
    existing: dataset.meetings,
    now,
    constraints: { timeZone: dataset.timeZone },
  });
  if (flags.json) {
    io.out(JSON.stringify({ body: target.id, year, proposals }, null, 2));
  } else {
    io.out(
      [
        `${target.name} — dates proposées pour ${year} : ${proposals.length}`,
        ...proposals.map((p) => `• ${formatLocalDateFr(parseLocalDate(p.start)!)}`),
        ...(proposals.length === 0
          ? ['La cadence est déjà couverte par les réunions tenues ou prévues, ou l’année est écoulée.']
          : []),
      ].join('\n'),
    );
  }
  setExit(0);
}
