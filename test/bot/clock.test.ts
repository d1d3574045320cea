import { describe, expect, it } from 'vitest';
import {
  type Clock,
  clockFromSpec,
  clockSpecStart,
  parseClockSpec,
  realClock,
  simulatedClock,
  type TimeSource,
} from '../../packages/bot/src/clock.js';

/** A hand-driven real time: `advance` moves it and fires the timers that are due, in order. */
function manualTime(start = 1_000_000): TimeSource & { advance(ms: number): void; pending(): number } {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { due: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { due: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].due - b[1].due || a[0] - b[0])[0];
        if (!next || next[1].due > end) break;
        timers.delete(next[0]);
        now = next[1].due;
        next[1].fn();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}

describe('parseClockSpec', () => {
  it('reads an instant with its offset and a speed', () => {
    expect(parseClockSpec('2026-03-27T08:59:00+01:00x60')).toEqual({
      start: '2026-03-27T08:59:00+01:00',
      speed: 60,
    });
  });

  it('defaults to real speed, and accepts Z, minutes only and decimal speeds', () => {
    expect(parseClockSpec('2023-12-01T09:00:00Z')).toEqual({ start: '2023-12-01T09:00:00Z', speed: 1 });
    expect(parseClockSpec('2023-12-01T09:00x2.5')).toEqual({ start: '2023-12-01T09:00', speed: 2.5 });
  });

  it('refuses what is not a date and time, an impossible date, and a zero speed', () => {
    for (const bad of [
      'demain',
      '2023-12-01',
      '2023-02-30T10:00',
      '2023-12-01T09:00x0',
      '2023-12-01T25:00+01:00',
    ]) {
      expect(parseClockSpec(bad)).toBeUndefined();
    }
  });
});

describe('clockSpecStart', () => {
  it('reads a local date-time in the PTCE time zone, not the machine one', () => {
    const spec = parseClockSpec('2026-03-29T03:30:15')!;
    expect(clockSpecStart(spec, 'Europe/Paris').toISOString()).toBe('2026-03-29T01:30:15.000Z');
    expect(clockSpecStart(spec, 'America/New_York').toISOString()).toBe('2026-03-29T07:30:15.000Z');
  });

  it('keeps an explicit offset as given', () => {
    expect(clockSpecStart(parseClockSpec('2023-12-01T09:00:00+01:00')!, 'Asia/Tokyo').toISOString()).toBe(
      '2023-12-01T08:00:00.000Z',
    );
  });
});

describe('simulatedClock', () => {
  it('starts at the given instant and runs SPEED times faster', () => {
    const time = manualTime();
    const clock = simulatedClock(new Date('2026-03-27T07:59:00Z'), 60, time);
    expect(clock.now().toISOString()).toBe('2026-03-27T07:59:00.000Z');
    time.advance(1000);
    expect(clock.now().toISOString()).toBe('2026-03-27T08:00:00.000Z');
  });

  it('fires a 60 simulated seconds timer after 1 real second at x60', () => {
    const time = manualTime();
    const clock = simulatedClock(new Date('2026-03-27T07:59:00Z'), 60, time);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(clock.now().toISOString()), 60_000);
    time.advance(999);
    expect(fired).toEqual([]);
    time.advance(1);
    expect(fired).toEqual(['2026-03-27T08:00:00.000Z']);
  });

  it('does not fire a cleared timer', () => {
    const time = manualTime();
    const clock = simulatedClock(new Date(0), 10, time);
    const fired: number[] = [];
    const timer = clock.setTimeout(() => fired.push(1), 1000);
    clock.clearTimeout(timer);
    time.advance(1000);
    expect(fired).toEqual([]);
    expect(timer.done).toBe(true);
    expect(time.pending()).toBe(0);
  });

  it('chains timers longer than Node allows instead of firing them at once', () => {
    const time = manualTime();
    const clock = realClock(time);
    const fired: number[] = [];
    const fortyDays = 40 * 86_400_000;
    clock.setTimeout(() => fired.push(time.now()), fortyDays);
    time.advance(2 ** 31 - 1);
    expect(fired).toEqual([]);
    time.advance(fortyDays - (2 ** 31 - 1));
    expect(fired).toEqual([1_000_000 + fortyDays]);
  });

  it('resolves sleep after the simulated delay', async () => {
    const time = manualTime();
    const clock: Clock = simulatedClock(new Date(0), 1000, time);
    let woke = false;
    const sleeping = clock.sleep(3_600_000).then(() => {
      woke = true;
    });
    time.advance(3599);
    await Promise.resolve();
    expect(woke).toBe(false);
    time.advance(1);
    await sleeping;
    expect(woke).toBe(true);
  });
});

describe('clockFromSpec', () => {
  it('is the real clock without a spec', () => {
    const time = manualTime(5000);
    const clock = clockFromSpec(undefined, 'Europe/Paris', time);
    expect(clock.speed).toBe(1);
    expect(clock.now().getTime()).toBe(5000);
  });

  it('is a simulated clock with one', () => {
    const clock = clockFromSpec(parseClockSpec('2023-12-01T09:00x60'), 'Europe/Paris', manualTime());
    expect(clock.speed).toBe(60);
    expect(clock.now().toISOString()).toBe('2023-12-01T08:00:00.000Z');
  });
});
