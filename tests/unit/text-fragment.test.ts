import { describe, expect, it } from 'vitest';
import { findPassage, parseTextDirective, textDirective } from '../../src/lib/text-fragment.ts';

describe('building a text directive', () => {
  it('quotes a short passage whole, encoding "-" and "," so they cannot be read as syntax', () => {
    expect(textDirective('Russia-NATO, today', 'In ', 'In Russia-NATO, today.')).toBe('text=Russia%2DNATO%2C%20today');
  });
  it('gives a long passage as start,end (four words each)', () => {
    expect(textDirective('one two three four five six seven eight nine', '', 'one two three four five six seven eight nine')).toBe(
      'text=one%20two%20three%20four,six%20seven%20eight%20nine',
    );
  });
  it('widens a selection that cuts words to whole words (browsers match whole words)', () => {
    expect(
      textDirective('t to hardware, with European NAT', 'In respec', 'In respect to hardware, with European NATO countries', 'O countries'),
    ).toBe('text=respect%20to%20hardware%2C%20with%20European%20NATO');
    expect(textDirective(' to hardware.', 'In respect', 'In respect to hardware.', ' More')).toBe('text=to%20hardware.');
  });

  it('adds a prefix when the start also occurs elsewhere on the page', () => {
    const page = 'NATO and Russia met. Later, NATO and Russia parted.';
    expect(textDirective('NATO and Russia', 'met. Later,', page)).toBe('text=met.%20Later%2C-,NATO%20and%20Russia');
  });
});

describe('reading a text directive back', () => {
  it('parses prefix, start, end and suffix', () => {
    expect(parseTextDirective('#p7:~:text=a%20b-,start,end,-c')).toEqual({
      id: 'p7',
      directive: { prefix: 'a b', start: 'start', end: 'end', suffix: 'c' },
    });
    expect(parseTextDirective('#p7')).toBeNull();
  });
  it('finds the passage, honouring the prefix', () => {
    const text = 'NATO and Russia met. Later, NATO and Russia parted.';
    expect(findPassage(text, { start: 'NATO and Russia', prefix: 'Later,' })).toEqual([28, 43]);
    expect(findPassage(text, { start: 'Later', end: 'parted' })).toEqual([21, 50]);
    expect(findPassage(text, { start: 'absent' })).toBeNull();
  });
  it('round-trips what it builds', () => {
    const page = 'NATO and Russia met. Later, NATO and Russia parted.';
    const parsed = parseTextDirective(`#p1:~:${textDirective('NATO and Russia', 'met. Later,', page)}`)!;
    expect(page.slice(...findPassage(page, parsed.directive)!)).toBe('NATO and Russia');
    expect(findPassage(page, parsed.directive)![0]).toBe(28);
  });
});
