import { describe, expect, it } from 'vitest';
import { frenchPublicHolidays } from '../../../packages/core/src/governance/french-public-holidays.js';
import { oracleHolidays } from './easter-oracle.js';

describe('frenchPublicHolidays', () => {
  it('lists the eleven public holidays of 2024, with Easter Monday 1 April, Ascension 9 May, Whit Monday 20 May', () => {
    expect(frenchPublicHolidays(2024)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-05-01',
      '2024-05-08',
      '2024-05-09',
      '2024-05-20',
      '2024-07-14',
      '2024-08-15',
      '2024-11-01',
      '2024-11-11',
      '2024-12-25',
    ]);
  });

  it('has Easter Monday 21 April, Ascension 29 May and Whit Monday 9 June in 2025', () => {
    expect(frenchPublicHolidays(2025)).toEqual(
      expect.arrayContaining(['2025-04-21', '2025-05-29', '2025-06-09']),
    );
  });

  it('has Easter Monday 10 April, Ascension 18 May and Whit Monday 29 May in 2023', () => {
    expect(frenchPublicHolidays(2023)).toEqual(
      expect.arrayContaining(['2023-04-10', '2023-05-18', '2023-05-29']),
    );
  });

  it('has Easter Monday 6 April, Ascension 14 May and Whit Monday 25 May in 2026', () => {
    expect(frenchPublicHolidays(2026)).toEqual(
      expect.arrayContaining(['2026-04-06', '2026-05-14', '2026-05-25']),
    );
  });

  it('leaves out observances such as Whit Sunday and Mothers’ Day', () => {
    expect(frenchPublicHolidays(2024)).not.toContain('2024-05-19');
    expect(frenchPublicHolidays(2024)).not.toContain('2024-05-26');
  });

  it('agrees with the date-holidays library for every year from 2000 to 2100', () => {
    const mismatches: number[] = [];
    for (let year = 2000; year <= 2100; year++) {
      if (frenchPublicHolidays(year).join() !== oracleHolidays(year).join()) mismatches.push(year);
    }
    expect(mismatches).toEqual([]);
  });
});
