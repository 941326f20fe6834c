import { describe, expect, it } from 'vitest';
import { byDateDesc, isoDay, longDate } from '../../src/lib/dates.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('dates', () => {
  it('writes the ISO day and the long form without time-zone drift', () => {
    expect(isoDay(day('2010-11-21'))).toBe('2010-11-21');
    expect(longDate(day('2010-11-21'))).toBe('21 November 2010');
    expect(longDate(day('2011-01-01'))).toBe('1 January 2011');
  });

  it('sorts newest first, then by title', () => {
    const items = [
      { data: { date: day('2010-01-01'), title: 'B' } },
      { data: { date: day('2012-01-01'), title: 'A' } },
      { data: { date: day('2010-01-01'), title: 'A' } },
    ];
    expect(items.sort(byDateDesc).map((i) => `${isoDay(i.data.date)} ${i.data.title}`)).toEqual([
      '2012-01-01 A',
      '2010-01-01 A',
      '2010-01-01 B',
    ]);
  });
});
