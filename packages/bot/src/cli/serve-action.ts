import { loadDataset } from '../data/load-data.js';
import { startHttpServer } from '../http/http-server.js';
import { type CliIo, UsageError } from './io.js';
import { parseNow } from './options.js';
import type { ServeFlags } from './serve-command.js';

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

/** Serves the pages of `ptce serve` until SIGINT or SIGTERM. */
export async function serveAction(
  io: CliIo,
  setExit: (code: number) => void,
  flags: ServeFlags,
): Promise<void> {
  const port = portOf(flags.port);
  const dataset = loadDataset(flags.data);
  const fixed = flags.now === undefined ? undefined : parseNow(flags.now, dataset.timeZone);
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
}
