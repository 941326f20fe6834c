// The print edition's helpers: the running head's shortened title.
import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/lib/print/shorten.ts';

describe('shorten', () => {
  it('keeps a short title whole', () => {
    expect(shorten('Turning a Happy Hour Into a Happy Alliance', 80)).toBe('Turning a Happy Hour Into a Happy Alliance');
  });

  it('cuts a long title at a word, without trailing punctuation, and marks the cut', () => {
    const long = 'Russia and NATO After Lisbon: What the Summit Changed, What It Did Not, and What Comes Next for Europe';
    const short = shorten(long, 80);
    expect(short.length).toBeLessThanOrEqual(80);
    expect(short).toBe('Russia and NATO After Lisbon: What the Summit Changed, What It Did Not, and…');
    expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});
