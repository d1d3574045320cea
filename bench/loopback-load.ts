/**
 * A wrk-style HTTP load on the loopback, bounded in time and in requests: `connections` keep-alive
 * connections each send one GET after the other until `seconds` have passed. Only 127.0.0.1 or
 * localhost is accepted as a target.
 *
 * In-process: `await loopbackLoad({ url, connections, seconds })`. As its own process, so the load
 * does not share an event loop with what it measures:
 * `node --import tsx bench/loopback-load.ts URL CONNECTIONS SECONDS` prints the result as JSON.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { percentile } from './bench-math.js';

/** What a load run did. */
export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly bytes: number;
  readonly seconds: number;
  /** Requests per second. */
  readonly throughput: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const MAX_REQUESTS = 2_000_000;

/** Runs the load and returns its counts and latencies. */
export async function loopbackLoad(options: {
  url: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const target = new URL(options.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) {
    throw new Error(`Charge refusée : ${target.hostname} n’est pas la boucle locale.`);
  }
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const sentAt = performance.now();
      const req = request(target, { agent, method: 'GET' }, (res) => {
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => {
          if (res.statusCode === 200 || res.statusCode === 304) latencies.push(performance.now() - sentAt);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const worker = async () => {
    while (performance.now() < deadline && latencies.length + errors < MAX_REQUESTS) await one();
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    errors,
    bytes,
    seconds,
    throughput: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [url, connections, seconds] = process.argv.slice(2);
  const result = await loopbackLoad({
    url: url!,
    connections: Number(connections),
    seconds: Number(seconds),
  });
  console.log(JSON.stringify(result));
}
