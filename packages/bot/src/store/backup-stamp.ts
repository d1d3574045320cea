/**
 * The instant in a backup's file name: it sorts like time and is a valid name on every system.
 *
 * @param now - The instant of the backup.
 * @returns The stamp.
 * @example
 * backupStamp(new Date('2026-12-03T09:00:00.123Z'))
 * //=> '2026-12-03T09-00-00Z'
 */
export function backupStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}
