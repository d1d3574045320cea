import { toLocalDate } from '@ptce/core';
import { agendaReply } from '../conversation/answers/agenda.js';
import { renderText } from '../conversation/render-text.js';
import { loadDatasetLazily } from '../data/lazy-load-data.js';
import type { AgendaFlags } from './agenda-command.js';
import { type CliIo, UsageError } from './io.js';
import { parseDayBound, parseNow } from './options.js';

/** Lists the meetings of `ptce agenda`. */
export async function agendaAction(
  io: CliIo,
  setExit: (code: number) => void,
  flags: AgendaFlags,
): Promise<void> {
  const dataset = await loadDatasetLazily(flags.data);
  const tz = dataset.timeZone;
  const now = parseNow(flags.now, tz);
  const from = flags.from
    ? parseDayBound(flags.from, '--from', tz, 'start')
    : parseDayBound(toLocalDate(now, tz).text.slice(0, 10), '--from', tz, 'start');
  const to = flags.to
    ? parseDayBound(flags.to, '--to', tz, 'end')
    : new Date(from.getTime() + 90 * 86_400_000);
  if (to <= from) throw new UsageError('La fin (--to) doit venir après le début (--from).');
  if (
    flags.body !== undefined &&
    !dataset.bodyById.has(flags.body) &&
    !dataset.groupById.has(flags.body) &&
    !dataset.subgroupById.has(flags.body)
  ) {
    const known = [...dataset.bodyById.keys(), ...dataset.groupById.keys()].join(', ');
    throw new UsageError(`Instance ou groupe inconnu : « ${flags.body} ». Identifiants connus : ${known}.`);
  }
  const r = agendaReply(dataset, {
    from,
    to,
    ...(flags.body === undefined ? {} : { target: flags.body }),
  });
  io.out(flags.json ? JSON.stringify(r.data, null, 2) : renderText(r));
  setExit(0);
}
