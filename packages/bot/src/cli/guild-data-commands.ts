import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options of every `ptce donnees` command. */
export interface GuildFlags {
  serveur: string;
  db?: string;
}

/**
 * `ptce donnees importer|historique|restaurer|exporter --serveur ID`: what `/donnees` does for a
 * server's staff, from the host's shell (the same checks, the same versions). A running bot picks
 * up a version imported here at its next start.
 */
export function registerGuildData(program: Command, io: CliIo, setExit: (code: number) => void): void {
  // SQLite and the data checks load only when one of these commands runs, so `ptce ask` starts fast.
  const actions = () => import('./guild-data-actions.js');
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
    (await actions()).importAction(io, setExit, file, flags);
  });

  guildOptions(
    donnees.command('historique').description('liste les versions importées pour ce serveur'),
  ).action(async (flags: GuildFlags) => {
    (await actions()).historyAction(io, setExit, flags);
  });

  guildOptions(
    donnees
      .command('exporter')
      .description('écrit le fichier de données en service de ce serveur')
      .option('--out <fichier>', 'le fichier à écrire (par défaut : la sortie standard)')
      .option('--version <n>', 'une version précise'),
  ).action(async (flags: GuildFlags & { out?: string; version?: string }) => {
    (await actions()).exportAction(io, setExit, flags);
  });

  guildOptions(
    donnees
      .command('restaurer')
      .description('remet en service une version précédente de ce serveur')
      .argument('<version>', 'le numéro donné par ptce donnees historique'),
  ).action(async (versionText: string, flags: GuildFlags) => {
    (await actions()).restoreAction(io, setExit, versionText, flags);
  });
}
