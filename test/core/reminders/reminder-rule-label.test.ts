import type { ReminderRule } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { reminderRuleLabel } from '../../../packages/core/src/meetings/reminders/index.js';

const rule = (fields: Partial<ReminderRule>): ReminderRule => ({ id: 'r', includeAgenda: false, ...fields });

describe('reminderRuleLabel', () => {
  it.each([
    [{ daysBefore: 7, at: '09:00' }, '7 jours avant à 9 h'],
    [{ daysBefore: 1, at: '09:00' }, 'la veille à 9 h'],
    [{ daysBefore: 1, at: '18:30' }, 'la veille à 18 h 30'],
    [{ daysBefore: 0, at: '08:00' }, 'le jour même à 8 h'],
    [{ daysBefore: 2, at: '09:05' }, '2 jours avant à 9 h 05'],
    [{ daysBefore: 3, at: '00:00' }, '3 jours avant à 0 h'],
    [{ hoursBefore: 2 }, '2 heures avant'],
    [{ hoursBefore: 1 }, '1 heure avant'],
    [{ minutesBefore: 30 }, '30 minutes avant'],
    [{ minutesBefore: 1 }, '1 minute avant'],
    [{ hoursBefore: 1, minutesBefore: 30 }, '1 h 30 avant'],
    [{ hoursBefore: 1.5 }, '1 h 30 avant'],
    [{ minutesBefore: 120 }, '2 heures avant'],
    [{ minutesBefore: 0 }, 'au début de la réunion'],
  ] as const)('labels %o as « %s »', (fields, label) => {
    expect(reminderRuleLabel(rule(fields))).toBe(label);
  });

  it('keeps the rule’s own label', () => {
    expect(reminderRuleLabel(rule({ label: 'convocation', daysBefore: 15, at: '09:00' }))).toBe(
      'convocation',
    );
  });
});
