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
