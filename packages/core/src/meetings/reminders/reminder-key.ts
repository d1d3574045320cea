/**
 * The stable key of a reminder: one per meeting, rule and target. It stays the same when the
 * meeting moves, so the ledger can tell a moved meeting from a new one.
 *
 * @param meetingId - The meeting's id.
 * @param ruleId - The reminder rule's id.
 * @param target - Where the reminder goes (a channel id, or `default`).
 * @returns `meetingId/ruleId/target`.
 * @example
 * reminderKey('ca-2023-12-12', 'veille', '1180000000000000000')
 * //=> 'ca-2023-12-12/veille/1180000000000000000'
 */
export function reminderKey(meetingId: string, ruleId: string, target: string): string {
  return `${meetingId}/${ruleId}/${target}`;
}
