import type { Clock, ClockTimer } from './clock.js';

/**
 * A clock that stands still until it is told to move. Tests drive the bot with it: each timer
 * fires at its own instant, and the clock waits for the work the timer started before it moves
 * on, so what the bot does is stamped with the instant it was due, however busy the machine is.
 */
export interface SteppedClock extends Clock {
  /**
   * Moves the clock to `to`, running every timer due on the way at its own instant (earliest
   * first) and waiting for the work each returns. Moves are queued; the clock never goes back.
   * @returns Once the clock stands at `to` and the work of every timer it ran has finished.
   */
  advanceTo(to: Date | number): Promise<void>;
  /** When the earliest pending timer is due (epoch ms), if any. */
  nextTimerAt(): number | undefined;
}

class SteppedTimer implements ClockTimer {
  done = false;
  constructor(
    readonly due: number,
    readonly order: number,
    readonly fn: () => unknown,
  ) {}
}

/** A {@link SteppedClock} standing at `start`. */
export function steppedClock(start: Date): SteppedClock {
  let now = start.getTime();
  let order = 0;
  const timers = new Set<SteppedTimer>();
  let moving: Promise<void> = Promise.resolve();
  const earliest = () => {
    let first: SteppedTimer | undefined;
    for (const t of timers) {
      if (!first || t.due < first.due || (t.due === first.due && t.order < first.order)) first = t;
    }
    return first;
  };
  const move = async (to: number) => {
    for (let t = earliest(); t && t.due <= to; t = earliest()) {
      timers.delete(t);
      t.done = true;
      now = Math.max(now, t.due);
      await t.fn();
    }
    now = Math.max(now, to);
  };
  const clock: SteppedClock = {
    // It does not follow real time at all.
    speed: 0,
    now: () => new Date(now),
    setTimeout(fn, ms) {
      const timer = new SteppedTimer(now + Math.max(0, ms), order++, fn);
      timers.add(timer);
      return timer;
    },
    clearTimeout(timer) {
      if (timer instanceof SteppedTimer && timers.delete(timer)) timer.done = true;
    },
    sleep: (ms) => new Promise((resolve) => clock.setTimeout(resolve, ms)),
    advanceTo(to) {
      const target = typeof to === 'number' ? to : to.getTime();
      const moved = moving.then(() => move(target));
      // A failed move is reported to its caller; the next one still runs.
      moving = moved.catch(() => {});
      return moved;
    },
    nextTimerAt: () => earliest()?.due,
  };
  return clock;
}
