import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  type ClockIdle,
  controlClockOverIpc,
  type IpcChannel,
} from '../../packages/bot/src/clock-control.js';
import { steppedClock } from '../../packages/bot/src/stepped-clock.js';

const START = Date.parse('2026-03-24T07:58:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('steppedClock', () => {
  it('stands still until moved, then runs each timer at its own instant, earliest first', async () => {
    const clock = steppedClock(new Date(START));
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`b ${iso(clock.now().getTime())}`), 120_000);
    clock.setTimeout(() => seen.push(`a ${iso(clock.now().getTime())}`), 60_000);
    const cleared = clock.setTimeout(() => seen.push('cleared'), 30_000);
    clock.clearTimeout(cleared);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([clock.now().toISOString(), seen, clock.nextTimerAt()]).toEqual([iso(START), [], START + 60_000]);
    await clock.advanceTo(START + 90_000);
    expect([clock.now().toISOString(), seen, cleared.done]).toEqual([
      iso(START + 90_000),
      ['a 2026-03-24T07:59:00.000Z'],
      true,
    ]);
    await clock.advanceTo(START + 600_000);
    expect(seen).toEqual(['a 2026-03-24T07:59:00.000Z', 'b 2026-03-24T08:00:00.000Z']);
    expect(clock.nextTimerAt()).toBeUndefined();
  });

  it('waits for the work a timer returns, and runs the timers that work sets on the way', async () => {
    const clock = steppedClock(new Date(START));
    const passes: string[] = [];
    // A job loop like GuildJobs: each pass takes real time, then schedules the next one a minute on.
    const pass = (): Promise<void> =>
      new Promise<void>((resolve) => setTimeout(resolve, 15)).then(() => {
        passes.push(iso(clock.now().getTime()));
        clock.setTimeout(pass, 60_000);
      });
    clock.setTimeout(pass, 0);
    await clock.advanceTo(START + 180_000);
    expect(passes).toEqual([
      '2026-03-24T07:58:00.000Z',
      '2026-03-24T07:59:00.000Z',
      '2026-03-24T08:00:00.000Z',
      '2026-03-24T08:01:00.000Z',
    ]);
    expect(clock.nextTimerAt()).toBe(START + 240_000);
  });

  it('queues moves and never goes back', async () => {
    const clock = steppedClock(new Date(START));
    const seen: number[] = [];
    clock.setTimeout(() => seen.push(clock.now().getTime() - START), 10_000);
    clock.setTimeout(() => seen.push(clock.now().getTime() - START), 30_000);
    const first = clock.advanceTo(START + 20_000);
    const second = clock.advanceTo(new Date(START + 40_000));
    const back = clock.advanceTo(START + 5_000);
    await Promise.all([first, second, back]);
    expect([seen, clock.now().getTime() - START]).toEqual([[10_000, 30_000], 40_000]);
  });

  it('reports a timer that failed to the move that ran it, and the next move still runs', async () => {
    const clock = steppedClock(new Date(START));
    clock.setTimeout(() => Promise.reject(new Error('pass crashed')), 1_000);
    let later = false;
    clock.setTimeout(() => {
      later = true;
    }, 5_000);
    await expect(clock.advanceTo(START + 2_000)).rejects.toThrow('pass crashed');
    await clock.advanceTo(START + 6_000);
    expect([later, clock.now().getTime() - START]).toEqual([true, 6_000]);
  });
});

/** The two ends of an IPC channel: what the bot sends arrives in `sent`. */
function fakeChannel(): IpcChannel & {
  sent: unknown[];
  deliver(message: unknown): void;
  listeners(): number;
} {
  const events = new EventEmitter();
  const sent: unknown[] = [];
  const channel = {
    sent,
    on: (name: string, fn: (...args: unknown[]) => void) => {
      events.on(name, fn);
      return channel;
    },
    off: (name: string, fn: (...args: unknown[]) => void) => {
      events.off(name, fn);
      return channel;
    },
    send: (message: unknown) => {
      sent.push(message);
      return true;
    },
    deliver: (message: unknown) => events.emit('message', message),
    listeners: () => events.listenerCount('message'),
  };
  return channel as unknown as IpcChannel & {
    sent: unknown[];
    deliver(message: unknown): void;
    listeners(): number;
  };
}

describe('controlClockOverIpc', () => {
  it('moves the clock when told, answers idle once the passes on the way are done, and stops listening', async () => {
    const clock = steppedClock(new Date(START));
    const channel = fakeChannel();
    const passes: number[] = [];
    clock.setTimeout(
      () =>
        new Promise<void>((resolve) => setTimeout(resolve, 10)).then(() =>
          passes.push(clock.now().getTime()),
        ),
      60_000,
    );
    const stop = controlClockOverIpc(clock, channel);
    channel.deliver({ ptceClock: 'other' });
    channel.deliver({ ptceClock: 'advance', to: 'soon' });
    channel.deliver({ ptceClock: 'advance', to: START + 120_000 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    const idle: ClockIdle = { ptceClock: 'idle', at: START + 120_000 };
    expect([channel.sent, passes]).toEqual([[idle], [START + 60_000]]);
    stop();
    expect(channel.listeners()).toBe(0);
  });
});
