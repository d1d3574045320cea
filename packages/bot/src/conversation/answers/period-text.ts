import { formatLocalDateFr, parseLocalDate } from '@ptce/core';

/** A data period in French: « 2023 », « octobre 2023 », « 12 décembre 2023 »; kept as is if unreadable. */
export function periodText(period: string): string {
  const date = parseLocalDate(period);
  return date ? formatLocalDateFr(date) : period;
}
