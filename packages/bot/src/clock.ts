import { localStartInstant, parseLocalDate } from '@ptce/core';

/** A pending timer of a {@link Clock}. */
export interface ClockTimer {
  /** Set once the timer has fired or been cleared. */
  readonly done: boolean;
}

/**
 * The bot's time: what `now` is, and timers measured in the clock's own (simulated) milliseconds.
 * Everything in the bot that reads the time or waits goes through one of these.
 */
export interface Clock {
  now(): Date;
  /**
   * Runs `fn` once `ms` clock milliseconds have passed. `fn` may return the work it starts (a
   * promise): a stepped clock waits for it before it moves on; the others ignore it.
   */
  setTimeout(fn: () => unknown, ms: number): ClockTimer;
  clearTimeout(timer: ClockTimer): void;
  sleep(ms: number): Promise<void>;
  /** Clock milliseconds per real millisecond (1 for the real clock). */
  readonly speed: number;
}

/** The real time source a clock is built on; tests pass a manual one. */
export interface TimeSource {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A `--clock` / `PTCE_CLOCK` value: where the clock starts and how fast it runs. */
export interface ClockSpec {
  /** An ISO instant with its offset, or a local date-time read in the PTCE's time zone. */
  readonly start: string;
  readonly speed: number;
}

const nodeTime: TimeSource = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

// Node's timers overflow past 2^31-1 ms (about 24.8 days) and then fire at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

const SPEC =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::(\d{2})(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})?(?:x(\d+(?:\.\d+)?))?$/;

/** The French explanation of a bad clock value, naming where it came from. */
export function clockSpecError(origin: string, value: string): string {
  return `${origin} invalide : « ${value} » (attendu : une date et heure comme 2026-03-27T08:59:00+01:00, éventuellement suivie de x60 pour faire passer le temps 60 fois plus vite).`;
}

/** Parses `ISO[xSPEED]`, or returns undefined when the text is not one. */
export function parseClockSpec(text: string): ClockSpec | undefined {
  const m = SPEC.exec(text.trim());
  if (!m) return undefined;
  const speed = m[4] === undefined ? 1 : Number(m[4]);
  if (!(speed > 0) || speed > 1_000_000) return undefined;
  const start = m[1]! + (m[3] ?? '');
  if (m[3] !== undefined && Number.isNaN(Date.parse(start))) return undefined;
  if (m[3] === undefined && !parseLocalDate(m[1]!.slice(0, 16))) return undefined;
  if (Number(m[2] ?? 0) > 59) return undefined;
  return { start, speed };
}

/** The instant a clock spec starts at; a local date-time is read in `timeZone`, never the machine's. */
export function clockSpecStart(spec: ClockSpec, timeZone: string): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(spec.start)) return new Date(spec.start);
  const local = parseLocalDate(spec.start.slice(0, 16));
  if (!local) throw new RangeError(`Date impossible : ${spec.start}`);
  const seconds = Number(spec.start.slice(17) || 0);
  return new Date(localStartInstant(local, timeZone).getTime() + Math.round(seconds * 1000));
}

class ScaledTimer implements ClockTimer {
  done = false;
  handle: unknown;
}

/**
 * A clock that starts at `start` and runs `speed` times faster than `source`: at x60, a timer
 * for 60 clock seconds fires after 1 real second.
 */
export function simulatedClock(start: Date, speed = 1, source: TimeSource = nodeTime): Clock {
  if (!(speed > 0)) throw new RangeError(`Vitesse d’horloge invalide : ${speed}`);
  const realStart = source.now();
  const origin = start.getTime();
  const arm = (timer: ScaledTimer, remaining: number, fn: () => unknown) => {
    const chunk = Math.min(remaining, MAX_TIMER_MS);
    timer.handle = source.setTimeout(() => {
      if (timer.done) return;
      if (remaining > chunk) {
        arm(timer, remaining - chunk, fn);
        return;
      }
      timer.done = true;
      fn();
    }, chunk);
  };
  const clock: Clock = {
    speed,
    now: () => new Date(origin + (source.now() - realStart) * speed),
    setTimeout(fn, ms) {
      const timer = new ScaledTimer();
      arm(timer, Math.max(0, ms) / speed, fn);
      return timer;
    },
    clearTimeout(timer) {
      if (!(timer instanceof ScaledTimer) || timer.done) return;
      timer.done = true;
      source.clearTimeout(timer.handle);
    },
    sleep: (ms) => new Promise((resolve) => clock.setTimeout(resolve, ms)),
  };
  return clock;
}

/** The machine's clock (timers longer than Node allows are chained). */
export function realClock(source: TimeSource = nodeTime): Clock {
  return simulatedClock(new Date(source.now()), 1, source);
}

/** The clock a spec asks for, or the real clock without one. */
export function clockFromSpec(spec: ClockSpec | undefined, timeZone: string, source?: TimeSource): Clock {
  return spec ? simulatedClock(clockSpecStart(spec, timeZone), spec.speed, source) : realClock(source);
}
