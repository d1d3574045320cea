/**
 * Where a body stands against its cadence:
 * - `on-track`: the minimum is met (held + planned) without exceeding the maximum, or it is not
 *   met yet but no pacing deadline has passed;
 * - `behind`: below the minimum, a pacing deadline has passed, and the minimum can still be
 *   reached in the time left;
 * - `missed`: the minimum can no longer be reached (see `cadenceStatus`);
 * - `over`: more meetings held + planned than the maximum.
 */
export type CadenceStatus = 'on-track' | 'behind' | 'missed' | 'over';

/** The counts and position in time `cadenceStatus` judges. */
export interface CadencePaceInput {
  /** Minimum meetings per period. */
  readonly min: number;
  /** Maximum meetings per period. */
  readonly max: number;
  /** Meetings held or planned in the period (cancelled ones excluded). */
  readonly count: number;
  /** How many slots the period has: 12 months in a year, 28–31 days in a month. */
  readonly slots: number;
  /** The current slot, 1-based; 0 when the period has not begun, `slots + 1` when it is over. */
  readonly current: number;
}

/** The verdict of `cadenceStatus`. */
export interface CadencePace {
  readonly status: CadenceStatus;
  /** Meetings still needed to reach the minimum. */
  readonly shortfall: number;
  /**
   * The slot by the end of which the next meeting is due, or `undefined` when the minimum is met
   * or can no longer be reached.
   */
  readonly dueSlot?: number;
}

/**
 * Judges a count of meetings against a cadence with an even-spacing rule. A period is cut into
 * slots (months of a year, days of a month). For a minimum of N, the k-th meeting is due by the
 * end of slot ⌈slots·k/N⌉: for 3 a year, by the end of April, August and December. At most one
 * more meeting is assumed possible per slot, the current one included, so the minimum is
 * `missed` when the shortfall exceeds the slots left (always once the period is over).
 *
 * @param input - Minimum, maximum, count, number of slots and the current slot.
 * @returns The status, the shortfall, and the slot the next meeting is due by.
 * @example
 * cadenceStatus({ min: 3, max: 4, count: 0, slots: 12, current: 6 })
 * //=> { status: 'behind', shortfall: 3, dueSlot: 4 }
 * cadenceStatus({ min: 3, max: 4, count: 1, slots: 12, current: 12 })
 * //=> { status: 'missed', shortfall: 2 }
 */
export function cadenceStatus(input: CadencePaceInput): CadencePace {
  const { min, max, count, slots, current } = input;
  const shortfall = Math.max(0, min - count);
  if (count > max) return { status: 'over', shortfall };
  if (shortfall === 0) return { status: 'on-track', shortfall };
  const slotsLeft = current > slots ? 0 : slots - Math.max(current, 1) + 1;
  if (shortfall > slotsLeft) return { status: 'missed', shortfall };
  const dueSlot = Math.ceil((slots * (count + 1)) / min);
  return { status: dueSlot < current ? 'behind' : 'on-track', shortfall, dueSlot };
}
