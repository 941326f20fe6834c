// The per-page print style: CSS string escaping and its CSP hash.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspStyleHash, cssString, runningHeadCss, shorten } from '../../src/lib/print-edition.ts';

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('Turning a Happy Hour Into a Happy Alliance')).toBe('"Turning a Happy Hour Into a Happy Alliance"');
  });

  it('escapes quotes, backslashes, line breaks and "<" so the text cannot end the string or the <style>', () => {
    const css = cssString('He said "no" \\ then</style><script>\nbye');
    expect(css).toBe('"He said \\22 no\\22  \\5c  then\\3c /style>\\3c script>\\a bye"');
    expect(css).not.toContain('</');
    expect(css.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
  });
});

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

describe('runningHeadCss', () => {
  it('sets the title and author custom properties for print only', () => {
    expect(runningHeadCss({ title: 'A "T"', author: 'B' })).toBe('@media print{:root{--print-title:"A \\22 T\\22 ";--print-author:"B"}}');
  });
});

describe('cspStyleHash', () => {
  it('is the CSP sha256 source of exactly that text', () => {
    const css = '@media print{:root{--print-title:"x"}}';
    expect(cspStyleHash(css)).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
    expect(cspStyleHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
