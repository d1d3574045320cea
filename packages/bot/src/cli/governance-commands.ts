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
import type { Command } from 'commander';
import { governanceReply } from '../conversation/answers/bodies.js';
import { indicatorsOverviewReply } from '../conversation/answers/indicators.js';
import { renderText } from '../conversation/render-text.js';
import { loadDataset } from '../data/load-data.js';
import { targetName } from '../meeting-text/target-name.js';
import { type CliIo, UsageError } from './io.js';
import { parseDayBound, parseNow } from './options.js';

interface CommonFlags {
  year?: string;
  json?: boolean;
  data?: string;
  now?: string;
}

function yearOption(value: string | undefined, dataset: Dataset, now: Date): number {
  if (value === undefined) return toLocalDate(now, dataset.timeZone).year;
  if (!/^\d{4}$/.test(value))
    throw new UsageError(`Année invalide : « ${value} » (attendu : AAAA, par exemple 2023).`);
  return Number(value);
}

function common(cmd: Command): Command {
  return cmd
    .option('--json', 'sortie JSON')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)');
}

/** `ptce cadence`, `ptce indicators`, `ptce reminders` and `ptce propose`. */
export function registerGovernance(program: Command, io: CliIo, setExit: (code: number) => void): void {
  common(
    program.command('cadence').description('réunions tenues par instance et par groupe, face à leur cadence'),
  )
    .option('--year <year>', 'année (par défaut : l’année en cours)')
    .action((flags: CommonFlags) => {
      const dataset = loadDataset(flags.data);
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
    });

  common(program.command('indicators').description('chiffres clés, adhérents, conventions EPCI'))
    .option('--year <year>', 'année (par défaut : la dernière année connue)')
    .action((flags: CommonFlags) => {
      const dataset = loadDataset(flags.data);
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
        const lines = [
          renderText(overview),
          '',
          `Structures membres attestées en ${year} : ${members.total}`,
        ];
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
    });

  common(
    program
      .command('reminders')
      .description('simulation des rappels prévus sur une période (rien n’est envoyé)'),
  )
    .requiredOption('--from <date>', 'début (AAAA-MM-JJ)')
    .requiredOption('--to <date>', 'fin incluse (AAAA-MM-JJ)')
    .action((flags: CommonFlags & { from: string; to: string }) => {
      const dataset = loadDataset(flags.data);
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
    });

  common(program.command('propose').description('propose des dates conformes à la cadence d’une instance'))
    .requiredOption('--body <id>', 'instance ou groupe (identifiant)')
    .requiredOption('--year <year>', 'année')
    .action((flags: CommonFlags & { body: string }) => {
      const dataset = loadDataset(flags.data);
      const now = parseNow(flags.now, dataset.timeZone);
      const year = yearOption(flags.year, dataset, now);
      const target = dataset.bodyById.get(flags.body) ?? dataset.groupById.get(flags.body);
      if (!target) {
        throw new UsageError(
          `Instance ou groupe inconnu : « ${flags.body} ». Identifiants connus : ${[...dataset.bodyById.keys()].join(', ')}.`,
        );
      }
      if (!target.cadence)
        throw new UsageError(
          `« ${target.name} » n’a pas de cadence fixée dans les données : rien à proposer.`,
        );
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
    });
}
