import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options every governance command takes. */
export interface CommonFlags {
  year?: string;
  json?: boolean;
  data?: string;
  now?: string;
}

function common(cmd: Command): Command {
  return cmd
    .option('--json', 'sortie JSON')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)');
}

// Each action loads its reports only when it runs, so `ptce --help` starts fast.
/** `ptce cadence`, `ptce indicators`, `ptce reminders` and `ptce propose`. */
export function registerGovernance(program: Command, io: CliIo, setExit: (code: number) => void): void {
  common(
    program.command('cadence').description('réunions tenues par instance et par groupe, face à leur cadence'),
  )
    .option('--year <year>', 'année (par défaut : l’année en cours)')
    .action(async (flags: CommonFlags) => {
      const { cadenceAction } = await import('./governance-actions.js');
      await cadenceAction(io, setExit, flags);
    });

  common(program.command('indicators').description('chiffres clés, adhérents, conventions EPCI'))
    .option('--year <year>', 'année (par défaut : la dernière année connue)')
    .action(async (flags: CommonFlags) => {
      const { indicatorsAction } = await import('./governance-actions.js');
      await indicatorsAction(io, setExit, flags);
    });

  common(
    program
      .command('reminders')
      .description('simulation des rappels prévus sur une période (rien n’est envoyé)'),
  )
    .requiredOption('--from <date>', 'début (AAAA-MM-JJ)')
    .requiredOption('--to <date>', 'fin incluse (AAAA-MM-JJ)')
    .action(async (flags: CommonFlags & { from: string; to: string }) => {
      const { remindersAction } = await import('./governance-actions.js');
      await remindersAction(io, setExit, flags);
    });

  common(program.command('propose').description('propose des dates conformes à la cadence d’une instance'))
    .requiredOption('--body <id>', 'instance ou groupe (identifiant)')
    .requiredOption('--year <year>', 'année')
    .action(async (flags: CommonFlags & { body: string }) => {
      const { proposeAction } = await import('./governance-actions.js');
      await proposeAction(io, setExit, flags);
    });
}
