import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../packages/bot/src/data/load-data.js';
import { meetingChoices } from '../../../packages/bot/src/discord/commands/reunion-choices.js';
import { movedEnd } from '../../../packages/bot/src/discord/commands/reunion-moved-end.js';

const dataset = loadDataset(new URL('../../fixtures/second-ptce.yaml', import.meta.url).pathname);
const now = new Date('2026-11-23T10:00:00+01:00');
const ids = (choices: { value: string }[]) => choices.map((c) => c.value);

describe('meetingChoices', () => {
  it('offers the meetings still ahead, in date order, with their French date in the name', () => {
    expect(meetingChoices(dataset, '', now)).toEqual([
      {
        name: 'jeudi 3 décembre 2026 de 14 h à 16 h 30 — Conseil de coopération de décembre',
        value: 'cocoop-2026-12',
      },
      {
        name: "mardi 19 janvier 2027 à 14 h — Accès à l'alimentation — réunion · GT2 Accès à l'alimentation",
        value: 'gt2-2027-01',
      },
      { name: 'jeudi 11 mars 2027 à 18 h — Assemblée des membres 2027', value: 'ag-2027' },
    ]);
  });

  it('keeps the meetings whose name or id holds every typed word, accents and case aside', () => {
    expect(ids(meetingChoices(dataset, 'DECEMBRE conseil', now))).toEqual(['cocoop-2026-12']);
    expect(ids(meetingChoices(dataset, 'gt2-2027', now))).toEqual(['gt2-2027-01']);
    expect(meetingChoices(dataset, 'bureau', now)).toEqual([]);
  });

  it('with recent past meetings, offers those of the last 120 days first, latest first, never cancelled ones', () => {
    expect(ids(meetingChoices(dataset, '', now, { recentPast: true }))).toEqual([
      'gt3-2026-09',
      'cocoop-2026-12',
      'gt2-2027-01',
      'ag-2027',
    ]);
    // In July: the April workshop is recent, the June council was cancelled.
    expect(
      ids(meetingChoices(dataset, '', new Date('2026-07-01T10:00:00+02:00'), { recentPast: true })),
    ).toEqual(['gt1-2026-04', 'ag-2026', 'gt3-2026-09', 'cocoop-2026-12', 'gt2-2027-01', 'ag-2027']);
  });

  it('keeps every choice name within Discord’s 100 characters', () => {
    for (const choice of meetingChoices(dataset, '', new Date('2025-01-01T00:00:00Z'), {
      recentPast: true,
    })) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('movedEnd', () => {
  it('keeps the wall-clock length of a meeting moved to another day and time', () => {
    expect(movedEnd({ start: '2026-12-03T14:00', end: '2026-12-03T16:30' }, '2026-12-10T09:30')).toBe(
      '2026-12-10T12:00',
    );
  });

  it('keeps it across midnight and across the change to summer time', () => {
    expect(movedEnd({ start: '2026-12-03T22:00', end: '2026-12-04T01:00' }, '2026-12-31T23:00')).toBe(
      '2027-01-01T02:00',
    );
    expect(movedEnd({ start: '2027-03-27T01:00', end: '2027-03-27T04:00' }, '2027-03-28T01:00')).toBe(
      '2027-03-28T04:00',
    );
  });

  it('gives no end when the meeting had none, or only a day or month', () => {
    expect(movedEnd({ start: '2026-12-03T14:00' }, '2026-12-10T09:30')).toBeUndefined();
    expect(movedEnd({ start: '2026-12-03', end: '2026-12-04' }, '2026-12-10T09:30')).toBeUndefined();
    expect(movedEnd({ start: '2026-12', end: '2026-12-03T16:00' }, '2026-12-10T09:30')).toBeUndefined();
  });
});
