import { readFileSync, writeFileSync } from 'node:fs';
import nodePath from 'node:path';
import { type Dataset, parseDataset } from '@ptce/core';
import { renderText } from '../conversation/render-text.js';
import { DEFAULT_DB_PATH } from '../store/default-db-path.js';
import { openStore, type Store } from '../store/index.js';
import { acceptDataset } from '../tenancy/accept-dataset.js';
import { datasetImportReply, versionLine } from '../tenancy/dataset-import-reply.js';
import type { GuildFlags } from './guild-data-commands.js';
import type { CliIo } from './io.js';

/** The data a server answers from now, to say what an import changes. */
function currentDataset(store: Store, guildId: string): Dataset | undefined {
  const current = store.datasetVersion(guildId);
  if (!current) return undefined;
  const parsed = parseDataset(current.yaml);
  return parsed.ok ? parsed.value : undefined;
}

function withStore<T>(io: CliIo, flags: GuildFlags, work: (store: Store) => T): T {
  const store = openStore(flags.db ?? (io.env.PTCE_DB?.trim() || DEFAULT_DB_PATH));
  try {
    return work(store);
  } finally {
    store.close();
  }
}

/** `ptce donnees importer`: imports a data file for a server, refused when it is invalid. */
export function importAction(
  io: CliIo,
  setExit: (code: number) => void,
  file: string,
  flags: GuildFlags,
): void {
  const text = readFileSync(file, 'utf8');
  const outcome = withStore(io, flags, (store) =>
    acceptDataset(store, {
      guildId: flags.serveur,
      text,
      filename: nodePath.basename(file),
      importedBy: 'ptce donnees importer',
      previous: currentDataset(store, flags.serveur),
      now: new Date(),
    }),
  );
  const reply = datasetImportReply(outcome, 'importées', undefined);
  (outcome.ok ? io.out : io.err)(renderText(reply));
  setExit(outcome.ok ? 0 : 1);
}

/** `ptce donnees historique`: the versions imported for a server. */
export function historyAction(io: CliIo, setExit: (code: number) => void, flags: GuildFlags): void {
  const versions = withStore(io, flags, (store) => store.datasetVersions(flags.serveur));
  io.out(
    versions.length > 0 ? versions.map(versionLine).join('\n') : 'Aucune version importée pour ce serveur.',
  );
  setExit(0);
}

/** `ptce donnees exporter`: writes a server's data file in service, or a given version. */
export function exportAction(
  io: CliIo,
  setExit: (code: number) => void,
  flags: GuildFlags & { out?: string; version?: string },
): void {
  const version = flags.version === undefined ? undefined : Number(flags.version);
  const stored = withStore(io, flags, (store) => store.datasetVersion(flags.serveur, version));
  if (!stored) {
    io.err(`Aucune version${version === undefined ? '' : ` ${version}`} pour le serveur ${flags.serveur}.`);
    setExit(1);
    return;
  }
  if (flags.out) {
    writeFileSync(flags.out, stored.yaml, 'utf8');
    io.out(`✓ Version ${stored.version} (${stored.ptceId}) écrite dans « ${flags.out} ».`);
  } else {
    io.out(stored.yaml);
  }
  setExit(0);
}

/** `ptce donnees restaurer`: puts a previous version of a server back in service. */
export function restoreAction(
  io: CliIo,
  setExit: (code: number) => void,
  versionText: string,
  flags: GuildFlags,
): void {
  const version = Number(versionText);
  const outcome = withStore(io, flags, (store) => {
    const stored = store.datasetVersion(flags.serveur, version);
    if (!stored) return undefined;
    return acceptDataset(store, {
      guildId: flags.serveur,
      text: stored.yaml,
      filename: `version-${version}.yaml`,
      importedBy: 'ptce donnees restaurer',
      previous: currentDataset(store, flags.serveur),
      restoredFrom: version,
      now: new Date(),
    });
  });
  if (!outcome) {
    io.err(`Le serveur ${flags.serveur} n’a pas de version ${versionText} (voir ptce donnees historique).`);
    setExit(1);
    return;
  }
  (outcome.ok ? io.out : io.err)(renderText(datasetImportReply(outcome, 'restaurées', undefined)));
  setExit(outcome.ok ? 0 : 1);
}
