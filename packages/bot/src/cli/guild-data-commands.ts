import { readFileSync, writeFileSync } from 'node:fs';
import nodePath from 'node:path';
import { type Dataset, parseDataset } from '@ptce/core';
import type { Command } from 'commander';
import { renderText } from '../conversation/render-text.js';
import { DEFAULT_DB_PATH } from '../store/default-db-path.js';
import type { Store } from '../store/index.js';
import type { CliIo } from './io.js';

/** The data a server answers from now, to say what an import changes. */
function currentDataset(store: Store, guildId: string): Dataset | undefined {
  const current = store.datasetVersion(guildId);
  if (!current) return undefined;
  const parsed = parseDataset(current.yaml);
  return parsed.ok ? parsed.value : undefined;
}

interface GuildFlags {
  serveur: string;
  db?: string;
}

/**
 * `ptce donnees importer|historique|restaurer|exporter --serveur ID`: what `/donnees` does for a
 * server's staff, from the host's shell (the same checks, the same versions). A running bot picks
 * up a version imported here at its next start.
 */
export function registerGuildData(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const dbOf = (flags: GuildFlags) => flags.db ?? (io.env.PTCE_DB?.trim() || DEFAULT_DB_PATH);
  const withStore = async <T>(flags: GuildFlags, work: (store: Store) => T) => {
    const { openStore } = await import('../store/index.js');
    const store = openStore(dbOf(flags));
    try {
      return work(store);
    } finally {
      store.close();
    }
  };
  const donnees = program.command('donnees').description('les données d’un serveur Discord (mode hébergé)');
  const guildOptions = (command: Command) =>
    command
      .requiredOption('--serveur <id>', 'l’identifiant du serveur Discord')
      .option('--db <fichier>', 'la base du bot (par défaut : PTCE_DB, ou ./data/ptce.sqlite)');

  guildOptions(
    donnees
      .command('importer')
      .description('importe un fichier de données pour ce serveur (refusé s’il est invalide)')
      .argument('<fichier>', 'le fichier YAML'),
  ).action(async (file: string, flags: GuildFlags) => {
    const { acceptDataset } = await import('../tenancy/accept-dataset.js');
    const { datasetImportReply } = await import('../tenancy/dataset-import-reply.js');
    const text = readFileSync(file, 'utf8');
    const outcome = await withStore(flags, (store) =>
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
  });

  guildOptions(
    donnees.command('historique').description('liste les versions importées pour ce serveur'),
  ).action(async (flags: GuildFlags) => {
    const { versionLine } = await import('../tenancy/dataset-import-reply.js');
    const versions = await withStore(flags, (store) => store.datasetVersions(flags.serveur));
    io.out(
      versions.length > 0 ? versions.map(versionLine).join('\n') : 'Aucune version importée pour ce serveur.',
    );
    setExit(0);
  });

  guildOptions(
    donnees
      .command('exporter')
      .description('écrit le fichier de données en service de ce serveur')
      .option('--out <fichier>', 'le fichier à écrire (par défaut : la sortie standard)')
      .option('--version <n>', 'une version précise'),
  ).action(async (flags: GuildFlags & { out?: string; version?: string }) => {
    const version = flags.version === undefined ? undefined : Number(flags.version);
    const stored = await withStore(flags, (store) => store.datasetVersion(flags.serveur, version));
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
  });

  guildOptions(
    donnees
      .command('restaurer')
      .description('remet en service une version précédente de ce serveur')
      .argument('<version>', 'le numéro donné par ptce donnees historique'),
  ).action(async (versionText: string, flags: GuildFlags) => {
    const { acceptDataset } = await import('../tenancy/accept-dataset.js');
    const { datasetImportReply } = await import('../tenancy/dataset-import-reply.js');
    const version = Number(versionText);
    const outcome = await withStore(flags, (store) => {
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
  });
}
