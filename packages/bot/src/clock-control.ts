import type { SteppedClock } from './stepped-clock.js';

/** What a test sends over the IPC channel of a `ptce bot` started with `PTCE_CLOCK_CONTROL=ipc`. */
export interface ClockAdvance {
  readonly ptceClock: 'advance';
  /** The instant to move to (epoch ms). */
  readonly to: number;
}

/** What the bot answers once the clock stands at `at` and every pass due on the way has finished. */
export interface ClockIdle {
  readonly ptceClock: 'idle';
  readonly at: number;
}

/** The part of `process` the control channel uses. */
export type IpcChannel = Pick<NodeJS.Process, 'on' | 'off' | 'send'>;

const isAdvance = (message: unknown): message is ClockAdvance =>
  typeof message === 'object' &&
  message !== null &&
  (message as { ptceClock?: unknown }).ptceClock === 'advance' &&
  Number.isFinite((message as { to?: unknown }).to);

/**
 * Lets the parent process move `clock` (the test-only `PTCE_CLOCK_CONTROL=ipc` mode): each
 * {@link ClockAdvance} is answered by a {@link ClockIdle} once the move is done.
 * @returns A function that stops listening, so that the channel no longer keeps the process alive.
 */
export function controlClockOverIpc(clock: SteppedClock, channel: IpcChannel = process): () => void {
  const onMessage = (message: unknown) => {
    if (!isAdvance(message)) return;
    void clock.advanceTo(message.to).then(() => {
      const idle: ClockIdle = { ptceClock: 'idle', at: clock.now().getTime() };
      channel.send?.(idle);
    });
  };
  channel.on('message', onMessage);
  return () => {
    channel.off('message', onMessage);
  };
}

const isIdle = (message: unknown): message is ClockIdle =>
  typeof message === 'object' &&
  message !== null &&
  (message as { ptceClock?: unknown }).ptceClock === 'idle' &&
  Number.isFinite((message as { at?: unknown }).at);

/** What the relay needs of a shard: the part of discord.js's `Shard` that talks to its process. */
export interface ClockShard {
  send(message: unknown): Promise<unknown>;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

/**
 * The `PTCE_CLOCK_CONTROL=ipc` mode of `ptce bot --shards`: each {@link ClockAdvance} from the
 * parent goes to every shard, and the parent gets one {@link ClockIdle} once every shard stands
 * there with its passes finished.
 * @returns A function that stops listening to the parent.
 */
export function relayClockOverIpc(
  shards: () => readonly ClockShard[],
  channel: IpcChannel = process,
): () => void {
  const advanceShard = (shard: ClockShard, advance: ClockAdvance) =>
    new Promise<number>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (!isIdle(message) || message.at < advance.to) return;
        shard.off('message', onMessage);
        resolve(message.at);
      };
      shard.on('message', onMessage);
      shard.send(advance).catch((error: unknown) => {
        shard.off('message', onMessage);
        reject(error);
      });
    });
  const onMessage = (message: unknown) => {
    if (!isAdvance(message)) return;
    Promise.all(shards().map((shard) => advanceShard(shard, message))).then(
      (ats) => {
        const idle: ClockIdle = { ptceClock: 'idle', at: Math.min(...ats) };
        channel.send?.(idle);
      },
      // A shard that cannot be reached never says idle: the parent's wait tells the story.
      () => {},
    );
  };
  channel.on('message', onMessage);
  return () => {
    channel.off('message', onMessage);
  };
}
