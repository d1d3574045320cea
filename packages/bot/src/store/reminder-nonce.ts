import { createHash } from 'node:crypto';

/** Discord accepts nonces of at most 25 characters. */
const NONCE_LENGTH = 24;

/**
 * The Discord message nonce of a reminder: a base36 hash of its key and fingerprint, always 24
 * characters. It is the same after a crash, so a resend with `enforce_nonce` cannot post twice.
 *
 * @param key - The reminder's stable key.
 * @param fingerprint - The fingerprint of the meeting's date and status.
 * @returns 24 characters among `0-9a-z`.
 * @example
 * reminderNonce('ca-2024-03-12:j-7:ca', '2024-03-12T14:00|planned').length
 * //=> 24
 */
export function reminderNonce(key: string, fingerprint: string): string {
  // The NUL separator keeps ('a', 'bc') and ('ab', 'c') apart; 120 bits fit in 24 base36 digits.
  const digest = createHash('sha256').update(key).update('\0').update(fingerprint).digest();
  return BigInt(`0x${digest.subarray(0, 15).toString('hex')}`)
    .toString(36)
    .padStart(NONCE_LENGTH, '0');
}
