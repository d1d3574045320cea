import type { ReminderRule } from '../../schema/index.js';

/**
 * The French label of a reminder rule: its own `label` when it has one, else one built from the
 * rule ("7 jours avant à 9 h", "la veille à 9 h", "le jour même à 8 h", "2 heures avant",
 * "30 minutes avant", "1 h 30 avant").
 *
 * @param rule - A reminder rule.
 * @returns The label, in French.
 * @example
 * reminderRuleLabel({ id: 'veille', daysBefore: 1, at: '09:00', includeAgenda: false })
 * //=> 'la veille à 9 h'
 * reminderRuleLabel({ id: '2h', hoursBefore: 2, includeAgenda: false })
 * //=> '2 heures avant'
 */
export function reminderRuleLabel(rule: ReminderRule): string {
  if (rule.label !== undefined) return rule.label;
  if (rule.daysBefore !== undefined && rule.at !== undefined) {
    return `${dayPhrase(rule.daysBefore)} à ${timePhrase(rule.at)}`;
  }
  return durationPhrase(Math.round((rule.hoursBefore ?? 0) * 60 + (rule.minutesBefore ?? 0)));
}

function dayPhrase(daysBefore: number): string {
  if (daysBefore === 0) return 'le jour même';
  if (daysBefore === 1) return 'la veille';
  return `${daysBefore} jours avant`;
}

/** `09:00` → `9 h`, `18:30` → `18 h 30`, `09:05` → `9 h 05`. */
function timePhrase(at: string): string {
  const [hours = '0', minutes = '00'] = at.split(':');
  const h = `${Number(hours)} h`;
  return minutes === '00' ? h : `${h} ${minutes}`;
}

function durationPhrase(totalMinutes: number): string {
  if (totalMinutes === 0) return 'au début de la réunion';
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} avant`;
  if (minutes === 0) return `${hours} ${hours === 1 ? 'heure' : 'heures'} avant`;
  return `${hours} h ${String(minutes).padStart(2, '0')} avant`;
}
