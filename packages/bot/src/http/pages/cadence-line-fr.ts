import type { CadenceEntry } from '@ptce/core';

const VERDICT_FR = {
  'on-track': 'dans le rythme',
  behind: 'en retard',
  missed: 'cadence non tenue',
  over: 'au-delà du rythme prévu',
} as const;

/**
 * "1 réunion sur 3 à 4 attendues (cadence non tenue)", where the meetings counted are those
 * held and those still planned in the year.
 */
export function cadenceCountFr(entry: CadenceEntry): string {
  const count = entry.held + entry.planned;
  const { min, max } = entry.expected;
  const expected = min === max ? String(min) : `${min} à ${max}`;
  const planned = entry.planned === 0 ? '' : `, dont ${entry.planned} prévue${entry.planned > 1 ? 's' : ''}`;
  return `${count} réunion${count > 1 ? 's' : ''} sur ${expected} attendue${max > 1 ? 's' : ''}${planned} (${VERDICT_FR[entry.status]})`;
}

/** "Comité opérationnel : 1 réunion sur 3 à 4 attendues (cadence non tenue)". */
export function cadenceLineFr(entry: CadenceEntry): string {
  return `${entry.target.name} : ${cadenceCountFr(entry)}`;
}
