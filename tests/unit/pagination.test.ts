import { describe, expect, it } from 'vitest';
import { listingPath, pageCount, pageWindow } from '../../src/lib/pagination.ts';

describe('pagination', () => {
  it('needs one page for up to PAGE_SIZE articles, and always at least one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(10_000, 25)).toBe(400);
  });

  it('puts page 1 on the home page and the others under page/', () => {
    expect(listingPath(1)).toBe('');
    expect(listingPath(2)).toBe('page/2/');
  });

  it('shows the first, last and two pages either side, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 400)).toEqual([1, 2, 3, null, 400]);
    expect(pageWindow(200, 400)).toEqual([1, null, 198, 199, 200, 201, 202, null, 400]);
    // A gap of one page shows the page rather than an ellipsis.
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
    expect(pageWindow(400, 400)).toEqual([1, null, 398, 399, 400]);
  });
});
