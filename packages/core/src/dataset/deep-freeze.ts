/**
 * Freezes a value and everything it holds, in place. A value already frozen is taken as frozen
 * whole, as this function leaves it, and is not walked again.
 *
 * @param value - Plain data (objects and arrays).
 * @returns The same value, now frozen.
 * @example
 * Object.isFrozen(deepFreeze({ agenda: [{ title: 'Budget' }] }).agenda[0])
 * //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
