import { attendanceReport, meetingAttendanceRules } from '@ptce/core';
import { presencesReply } from '../attendance/presences-reply.js';
import { renderText } from '../conversation/render-text.js';
import { loadDataset } from '../data/load-data.js';
import { overlaidDataset } from '../data/overlaid-dataset.js';
import { DEFAULT_DB_PATH } from '../store/default-db-path.js';
import { GuildDatasets } from '../tenancy/guild-datasets.js';
import { type CliIo, UsageError } from './io.js';
import { parseNow } from './options.js';
import type { PresencesFlags } from './presences-command.js';

/** Reports the answers of `ptce presences`. */
export async function presencesAction(
  io: CliIo,
  setExit: (code: number) => void,
  id: string,
  flags: PresencesFlags,
): Promise<void> {
  const guild = flags.serveur ?? io.env.DISCORD_GUILD_ID?.trim();
  if (!guild) {
    throw new UsageError('Indiquez le serveur Discord : --serveur <id>, ou la variable DISCORD_GUILD_ID.');
  }
  const base = loadDataset(flags.data ?? (io.env.PTCE_DATA?.trim() || undefined));
  const db = flags.db ?? (io.env.PTCE_DB?.trim() || DEFAULT_DB_PATH);
  // SQLite loads only for the commands that use it, so `ptce ask` starts fast.
  const { openStore, StoreError } = await import('../store/index.js');
  let store: ReturnType<typeof openStore>;
  try {
    store = openStore(db);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.err(error.message);
    setExit(1);
    return;
  }
  try {
    // The guild's own uploaded data when it has some; the data file serves the seeded guild
    // (DISCORD_GUILD_ID, or the one asked for when the deployment seeds none).
    const home = io.env.DISCORD_GUILD_ID?.trim() || guild;
    const own = new GuildDatasets({ store, homeGuild: () => home, shared: () => base }).forGuild(guild);
    if (!own) {
      throw new UsageError(
        `Le serveur ${guild} n’est relié à aucun PTCE : importez ses données avec /donnees importer ou ptce donnees importer.`,
      );
    }
    const dataset = overlaidDataset(own, store, guild);
    const meeting = dataset.meetingById.get(id);
    if (!meeting) throw new UsageError(`Réunion inconnue : « ${id} ».`);
    const rules = meetingAttendanceRules(dataset, meeting);
    if (!rules) {
      throw new UsageError(
        `La réunion « ${id} » n’a pas de règles de présence dans le fichier de données (« attendance »).`,
      );
    }
    const now = parseNow(flags.now, dataset.timeZone);
    const report = attendanceReport(meeting, store.attendanceResponses(guild, id), rules, now);
    const r = presencesReply(dataset, meeting, report, (userId) => `membre Discord ${userId}`);
    io.out(flags.json ? JSON.stringify(report, null, 2) : renderText(r));
    setExit(0);
  } finally {
    store.close();
  }
}
