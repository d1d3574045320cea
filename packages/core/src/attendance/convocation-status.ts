import type { ConvocationDue } from './convocation-due.js';

/**
 * Where a convocation stands: sent in time (`sent`) or after the deadline (`sent-late`); not
 * sent yet with time to spare (`pending`), on the eve of the last day (`due-tomorrow`), on the
 * last day (`due-today`), or past it (`missed`).
 */
export type ConvocationState = 'sent' | 'sent-late' | 'pending' | 'due-tomorrow' | 'due-today' | 'missed';

/**
 * Where a meeting's convocation stands at an instant, for the staff alert on the eve of the
 * deadline and the warning once it is missed.
 *
 * @param due - The deadline, from `convocationDue`.
 * @param sentAt - When the convocation went out (epoch milliseconds), if it did.
 * @param now - The current instant.
 * @returns The state.
 * @example
 * const ag = dataset.meetingById.get('2023-06-21-assemblee-generale')!;
 * convocationStatus(convocationDue(ag, { noticeDays: 15 })!, undefined, new Date('2023-06-05T10:00:00Z'))
 * //=> 'due-tomorrow'
 */
export function convocationStatus(
  due: ConvocationDue,
  sentAt: number | undefined,
  now: Date,
): ConvocationState {
  if (sentAt !== undefined) return sentAt < due.deadline ? 'sent' : 'sent-late';
  const t = now.getTime();
  if (t >= due.deadline) return 'missed';
  if (t >= due.lastDayStartsAt) return 'due-today';
  return t >= due.eveStartsAt ? 'due-tomorrow' : 'pending';
}
