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

  it('reads « ce mois-ci » as the calendar month, asked of the past or of the future', () => {
    expect(periodMentionFr('quelles réunions ce mois-ci ?', now, PARIS)?.label).toBe('décembre 2023');
    expect(periodMentionFr('quoi de prévu ce mois-ci ?', now, PARIS)).toEqual({
      from: '2023-12-01',
      to: '2024-01-01',
      label: 'décembre 2023',
      precision: 'month',
      text: 'ce mois ci',
    });
  });

  it('reads « le trimestre dernier » and « ce trimestre » as calendar quarters', () => {
    expect(periodMentionFr('le trimestre dernier on s’est réuni quand ?', now, PARIS)).toMatchObject({
      from: '2023-07-01',
      to: '2023-10-01',
      label: '3e trimestre 2023',
    });
    expect(periodMentionFr('ce trimestre', now, PARIS)?.label).toBe('4e trimestre 2023');
  });

  it('reads « le 25 novembre » as that day, not the month', () => {
    expect(periodMentionFr('y a une réunion le 25 novembre ?', now, PARIS)).toMatchObject({
      from: '2023-11-25',
      precision: 'day',
      label: 'samedi 25 novembre 2023',
    });
  });
});

describe('periodMentionFr, a month named without its year', () => {
  // Monday 20 November 2023: April 2023 is 7 months back, April 2024 5 months ahead.
  const nov = new Date('2023-11-20T08:00:00Z');

  it('is the nearest April when the question gives no tense, with the April past as an alternative', () => {
    expect(periodMentionFr('combien de monde au copil d’avril ?', nov, PARIS)).toEqual({
      from: '2024-04-01',
      to: '2024-05-01',
      label: 'avril 2024',
      precision: 'month',
      text: 'avril',
      alternative: {
        from: '2023-04-01',
        to: '2023-05-01',
        label: 'avril 2023',
        precision: 'month',
        text: 'avril',
      },
    });
    expect(periodMentionFr('l’automne ?', nov, PARIS)?.alternative).toBeUndefined();
    expect(periodMentionFr('le printemps ?', nov, PARIS)?.alternative?.label).toBe('le printemps 2023');
  });

  it('has no alternative when a verb says when: present, past or future', () => {
    expect(periodMentionFr('il y a une réunion en avril ?', nov, PARIS)).toMatchObject({
      label: 'avril 2024',
    });
    expect(periodMentionFr('il y a une réunion en avril ?', nov, PARIS)?.alternative).toBeUndefined();
    expect(periodMentionFr('qu’est-ce qu’on fait en janvier ?', nov, PARIS)?.alternative).toBeUndefined();
    expect(periodMentionFr('qu’est-ce qui est prévu en avril ?', nov, PARIS)?.alternative).toBeUndefined();
  });

  it('reads « qu’est-ce qui se passe en décembre » in the present, not as « passé »', () => {
    expect(periodMentionFr('qu’est-ce qui se passe en décembre ?', nov, PARIS)?.label).toBe('décembre 2023');
    expect(periodMentionFr('qu’est-ce qui s’est passé en décembre ?', nov, PARIS)?.label).toBe(
      'décembre 2022',
    );
  });

  it('is the last April begun when the question speaks of the past', () => {
    expect(periodMentionFr('combien de personnes sont venues au copil d’avril ?', nov, PARIS)?.label).toBe(
      'avril 2023',
    );
    expect(periodMentionFr('le copil d’avril a eu lieu où ?', nov, PARIS)?.label).toBe('avril 2023');
    expect(periodMentionFr('c’était quoi en avril', nov, PARIS)?.label).toBe('avril 2023');
  });

  it('is the next April when the question speaks of the future, « est prévu » included', () => {
    expect(periodMentionFr('qu’est-ce qui est prévu en avril ?', nov, PARIS)?.label).toBe('avril 2024');
    expect(periodMentionFr('est-ce qu’il y aura un copil en mars ?', nov, PARIS)?.label).toBe('mars 2024');
  });

  it('reads « depuis septembre » as from the last September to today', () => {
    expect(periodMentionFr('les réunions depuis septembre ?', nov, PARIS)).toEqual({
      from: '2023-09-01',
      to: '2023-11-21',
      label: 'depuis septembre 2023',
      precision: 'span',
      text: 'septembre',
    });
  });

  it('names a day or a week by its date, in French', () => {
    expect(periodMentionFr('la semaine dernière il y a eu quelle réunion ?', nov, PARIS)).toEqual({
      from: '2023-11-13',
      to: '2023-11-20',
      label: 'semaine du lundi 13 novembre 2023',
      precision: 'week',
      text: 'la semaine derniere',
    });
    expect(periodMentionFr('quoi de prévu demain ?', nov, PARIS)?.label).toBe('mardi 21 novembre 2023');
  });
});
