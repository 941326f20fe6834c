import { describe, expect, it } from 'vitest';
import { joinNames, nameParts } from '../../src/lib/articles/authors.ts';

describe('author names', () => {
  it('splits the family name off the end unless the article names it', () => {
    expect(nameParts({ name: 'Dmitry Trenin' })).toEqual({ family: 'Trenin', given: 'Dmitry' });
    expect(nameParts({ name: 'Ludwig van Beethoven', family: 'van Beethoven' })).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(nameParts({ name: 'Gabriel García Márquez', family: 'García Márquez' })).toEqual({ family: 'García Márquez', given: 'Gabriel' });
    expect(nameParts({ name: 'Plato' })).toEqual({ family: 'Plato', given: '' });
  });
  it('joins bylines as "A", "A and B", "A, B and C"', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
