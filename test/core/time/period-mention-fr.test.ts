import { describe, expect, it } from 'vitest';
import { periodMentionFr } from '../../../packages/core/src/time/period-mention-fr.js';

// Tuesday 19 December 2023, 10:00 in Paris: next month is in the next year.
const now = new Date('2023-12-19T09:00:00Z');
const PARIS = 'Europe/Paris';

describe('periodMentionFr, periods counted from today', () => {
  it('reads « le mois prochain » and « le mois dernier » as calendar months, across the year end', () => {
    expect(periodMentionFr('les réunions du mois prochain ?', now, PARIS)).toEqual({
      from: '2024-01-01',
      to: '2024-02-01',
      label: 'janvier 2024',
      precision: 'month',
      text: 'mois prochain',
    });
    expect(periodMentionFr('qu’est-ce qui s’est passé le mois dernier', now, PARIS)).toMatchObject({
      from: '2023-11-01',
      to: '2023-12-01',
      label: 'novembre 2023',
    });
  });

  it('reads « cette année », « l’an dernier » and « l’année prochaine » as years', () => {
    expect(periodMentionFr('quels CA ont eu lieu cette année ?', now, PARIS)).toEqual({
      from: '2023-01-01',
      to: '2024-01-01',
      label: '2023',
      precision: 'year',
      text: 'cette annee',
    });
    expect(periodMentionFr("combien de réunions l'an dernier ?", now, PARIS)?.label).toBe('2022');
    expect(periodMentionFr("l'année prochaine, combien de copil ?", now, PARIS)?.label).toBe('2024');
  });

  it('leaves « ce mois-ci » to the agenda, which counts it from today', () => {
    expect(periodMentionFr('quoi de prévu ce mois-ci ?', now, PARIS)).toBeUndefined();
  });
});
