import type { Command } from 'commander';
import { loadDataset } from '../data/load-data.js';
import { type CliIo, UsageError } from './io.js';
import { parseNow } from './options.js';

interface ServeFlags {
  port?: string;
  host?: string;
  url?: string;
  data?: string;
  now?: string;
}

function portOf(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    throw new UsageError(
      `Port invalide : « ${value} » (attendu : un nombre de 0 à 65535, 0 pour un port libre).`,
    );
  }
  return port;
}

/** `ptce serve`: the PTCE's web pages and feeds, with no Discord at all, until Ctrl+C. */
export function registerServe(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('publie l’agenda sur le web : pages, widget et flux iCalendar (sans Discord)')
    .option('--port <n>', 'port d’écoute (8080 par défaut, 0 pour un port libre)')
    .option('--host <adresse>', 'adresse d’écoute (127.0.0.1 par défaut ; 0.0.0.0 pour publier)')
    .option('--url <adresse>', 'adresse publique du site (pour le lien webcal et le widget)')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)')
    .action(async (flags: ServeFlags) => {
      const port = portOf(flags.port);
      const dataset = loadDataset(flags.data);
      const fixed = flags.now === undefined ? undefined : parseNow(flags.now, dataset.timeZone);
      // node:http and the page renderer load only for this command, so `ptce ask` starts fast.
      const { startHttpServer } = await import('../http/http-server.js');
      let server: Awaited<ReturnType<typeof startHttpServer>>;
      try {
        server = await startHttpServer({
          port,
          ...(flags.host === undefined ? {} : { host: flags.host }),
          ...(flags.url === undefined ? {} : { publicUrl: flags.url.replace(/\/+$/, '') }),
          getDataset: () => dataset,
          now: () => fixed ?? new Date(),
          pages: true,
          logger: { info: (m) => io.out(m), error: (m) => io.err(m) },
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(
          code === 'EADDRINUSE'
            ? `Le port ${port} est déjà pris : choisissez-en un autre avec --port.`
            : `Impossible d’écouter sur le port ${port} : ${code ?? String(error)}.`,
        );
      }
      io.out(`${dataset.ptce.name} : arrêtez avec Ctrl+C.`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await server.close();
      io.out('Agenda arrêté.');
      setExit(0);
    });
}
