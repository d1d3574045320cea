import { describe, expect, it } from 'vitest';
import { agendaRange, parseIntent } from '../../../packages/bot/src/conversation/engine.js';
import { loadDataset } from '../../../packages/bot/src/data/load-data.js';

const dataset = loadDataset();
// Wednesday 25 November 2026, 10:00 in Paris.
const now = new Date('2026-11-25T09:00:00Z');
const range = (r: { from: Date; to: Date }) => [r.from.toISOString(), r.to.toISOString()];

describe('agenda periods', () => {
  it('reads « la semaine prochaine » as the next calendar week', () => {
    expect(parseIntent('agenda de la semaine prochaine', { dataset, now })).toEqual({
      kind: 'agenda',
      period: 'semaine',
      offset: 1,
    });
    expect(parseIntent('quelles réunions cette semaine ?', { dataset, now })).toEqual({
      kind: 'agenda',
      period: 'semaine',
    });
  });

  it('gives Monday to Sunday of next week, in Paris time', () => {
    expect(range(agendaRange(dataset, now, 'semaine', undefined, 1))).toEqual([
      '2026-11-29T23:00:00.000Z',
      '2026-12-06T23:00:00.000Z',
    ]);
  });

  it('gives the next month and the next quarter across the year end', () => {
    expect(range(agendaRange(dataset, now, 'mois', undefined, 1))).toEqual([
      '2026-11-30T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
    ]);
    expect(range(agendaRange(dataset, now, 'trimestre', undefined, 1))).toEqual([
      '2026-12-31T23:00:00.000Z',
      '2027-03-31T22:00:00.000Z',
    ]);
  });

  it('gives the coming days from today without an offset', () => {
    expect(range(agendaRange(dataset, now, 'semaine'))).toEqual([
      '2026-11-24T23:00:00.000Z',
      '2026-12-01T23:00:00.000Z',
    ]);
  });
});
