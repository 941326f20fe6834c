import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ogPng, titleLines, undrawable, wrap } from '../../src/lib/og/image.ts';
import { seedCard as card } from './og-card-fixture.ts';

const LONG =
  'Why the Eastern Partnership Needs a Second Act: Energy, Migration, Trade and the Long Shadow of the Frozen Conflicts on Europe’s Edge Today';

/** The card decoded to RGB. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
  /** Pixels darker than the paper in a box (ink, accent or antialiasing). */
  const ink = (left: number, top: number, width: number, height: number) => {
    let n = 0;
    for (let y = top; y < top + height; y++) for (let x = left; x < left + width; x++) if (at(x, y)[0]! < 0xf0) n++;
    return n;
  };
  return { at, ink };
}

describe('Open Graph image: line breaking', () => {
  const chars = (s: string) => s.length;

  it('puts words on a line while it fits', () => {
    expect(wrap('Turning a Happy Hour Into a Happy Alliance', 23, 3, chars)).toEqual(['Turning a Happy Hour', 'Into a Happy Alliance']);
  });

  it('ends the last line with an ellipsis when the text is too long, and the line still fits', () => {
    expect(wrap('one two three four five six', 9, 2, chars)).toEqual(['one two', 'three…']);
    const lines = wrap('aaaa bbbb cccc dddd', 9, 1, chars);
    expect(lines).toEqual(['aaaa…']);
    expect(lines[0]!.length).toBeLessThanOrEqual(9);
  });

  it('cuts a word wider than a line instead of letting it overflow', () => {
    expect(wrap('Supercalifragilistic is long', 8, 5, chars)).toEqual(['Supercal', 'ifragili', 'stic is', 'long']);
    // Characters outside the BMP are not split into halves (a lone half would draw nothing).
    const codePoints = (s: string) => [...s].filter((c) => !/^[\uD800-\uDFFF]$/.test(c)).length;
    expect(wrap('𝐀𝐁𝐂𝐃𝐄', 2, 5, codePoints)).toEqual(['𝐀𝐁', '𝐂𝐃', '𝐄']);
  });

  it('sets short titles large and long ones smaller, truncating only the longest', () => {
    expect(titleLines('On Trust')).toEqual({ size: 72, lines: ['On Trust'] });
    expect(titleLines(card.title).size).toBe(72);
    const long = titleLines(LONG);
    expect(long.lines).toHaveLength(4);
    expect(long.lines.at(-1)).toMatch(/\S…$/);
  });
});

describe('Open Graph image: the PNG', () => {
  it('is a valid 1200×630 palette PNG', async () => {
    const png = await ogPng(card);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630, isPalette: true });
    const { at } = await pixels(png);
    expect(at(8, 300)).toEqual([0x8c, 0x2f, 0x0f]); // the accent bar
    expect(at(600, 20)).toEqual([0xfc, 0xfb, 0xf8]); // the paper
  });

  it('is the same bytes for the same article, whatever was drawn before or at the same time', async () => {
    const first = await ogPng(card);
    await ogPng({ ...card, title: LONG, author: 'Someone Else' });
    expect((await ogPng(card)).equals(first)).toBe(true);
    expect((await ogPng({ ...card, title: 'Another title' })).equals(first)).toBe(false);
    const [a, , b] = await Promise.all([ogPng(card), ogPng({ ...card, title: LONG }), ogPng(card)]);
    expect(a.equals(first) && b.equals(first)).toBe(true);
  });

  it('draws the site name, section, title, rule, author and publication where they belong', async () => {
    const { ink, at } = await pixels(await ogPng(card));
    expect(ink(80, 60, 80, 45)).toBeGreaterThan(300); // "Folio"
    expect(ink(180, 60, 140, 45)).toBeGreaterThan(300); // "OPINION", in the accent colour:
    const red = [...Array(140 * 45).keys()]
      .map((i) => at(180 + (i % 140), 60 + Math.floor(i / 140)))
      .filter(([r, g]) => r! - g! > 40).length;
    expect(red).toBeGreaterThan(300);
    expect(ink(80, 200, 1040, 180)).toBeGreaterThan(20_000); // the title
    expect(ink(600, 499, 10, 2)).toBe(20); // the rule
    expect(ink(80, 525, 240, 45)).toBeGreaterThan(1000); // author
    expect(ink(600, 525, 520, 45)).toBeGreaterThan(1000); // publication and date
  });

  it('keeps the longest title inside the card, clear of the margin and the rule', async () => {
    const { ink } = await pixels(await ogPng({ ...card, title: LONG }));
    expect(ink(80, 150, 1040, 300)).toBeGreaterThan(40_000);
    expect(ink(1125, 0, 75, 630)).toBe(0); // right margin
    expect(ink(80, 470, 1040, 28)).toBe(0); // the gap above the rule
  });

  it('draws the title with 4 levels of edge coverage, the smaller texts with all the ink steps', async () => {
    const { at } = await pixels(await ogPng(card));
    const colours = (top: number, bottom: number) => {
      const seen = new Map<string, number>();
      for (let y = top; y < bottom; y++) for (let x = 80; x < 1120; x++) seen.set(String(at(x, y)), (seen.get(String(at(x, y))) ?? 0) + 1);
      return seen;
    };
    // Paper and 3 steps of ink (0, 2, 5 and 7 of 7); where two glyphs' edges overlap, a few others.
    const title = [...colours(200, 380).values()].sort((a, b) => b - a);
    expect(title.slice(0, 4).reduce((a, b) => a + b, 0) / title.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.999);
    expect(colours(520, 570).size).toBeGreaterThan(6); // author and publication: every step of the palette
  });

  it('shortens a long author and publication so they do not collide', async () => {
    const crowded = await ogPng({
      ...card,
      author: 'Anna Maria Abramova-Lindqvist von Castillo y Moreau',
      source: 'The Central European Post and Atlantic Ledger, 21 November 2010',
    });
    const { ink } = await pixels(crowded);
    // Between the two there stays a gap of paper at least 40 px wide.
    const columns = [...Array(1040).keys()].map((x) => ink(80 + x, 525, 1, 45));
    const gaps = columns
      .join(',')
      .split(/(?:^|,)[1-9]\d*(?=,|$)/)
      .map((g) => g.split(',').filter((c) => c === '0').length);
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(40);
    expect(ink(1125, 525, 75, 45)).toBe(0);
  });

  it('draws Cyrillic, right-to-left scripts, Chinese, curly quotes and characters only a fallback font has, not empty boxes', async () => {
    const box = await pixels(await ogPng({ ...card, title: '漢漢漢漢漢漢' })); // drawn from Noto Sans Hans, the last font of the stack
    const cyrillic = await pixels(await ogPng({ ...card, title: 'Превращение' }));
    const latin = await pixels(await ogPng({ ...card, title: 'Transformers' }));
    const title = [80, 200, 1040, 180] as const;
    expect(cyrillic.ink(...title)).toBeGreaterThan(latin.ink(...title) * 0.6);
    // Boxes are hollow rectangles of one size: the Cyrillic letters are not.
    expect(Math.abs(cyrillic.ink(...title) - box.ink(...title) * (11 / 6))).toBeGreaterThan(1000);
    // ★ is in DejaVu Sans only: drawn from the fallback font, it is not the serif's missing-glyph box.
    const star = await ogPng({ ...card, title: 'A ★ B' });
    expect(star.equals(await ogPng({ ...card, title: 'A 한 B' }))).toBe(false);
    expect((await pixels(star)).ink(...title)).toBeGreaterThan((await pixels(await ogPng({ ...card, title: 'A B' }))).ink(...title) + 500);
    // Right to left: a Hebrew title is set flush right, its first word on the right.
    const hebrew = await pixels(await ogPng({ ...card, title: 'שלום עולם' }));
    const firstWord = await pixels(await ogPng({ ...card, title: 'שלום' }));
    expect(hebrew.ink(...title)).toBeGreaterThan(firstWord.ink(...title) + 1000);
    const sameRightEdge = [...Array(120 * 180).keys()].every((i) => {
      const [x, y] = [1020 + (i % 120), 200 + Math.floor(i / 120)];
      return hebrew.at(x, y).join() === firstWord.at(x, y).join();
    });
    expect(sameRightEdge).toBe(true);
    expect(firstWord.ink(80, 200, 600, 180)).toBe(0);
    // The whole card is mirrored: the site name and the section start on the right too.
    expect(hebrew.ink(80, 60, 500, 50)).toBe(0);
    expect(hebrew.ink(620, 60, 500, 50)).toBeGreaterThan(0);
    const quotes = await pixels(await ogPng({ ...card, title: '“Quoted” — it’s' }));
    const plain = await pixels(await ogPng({ ...card, title: 'Quoted its' }));
    expect(quotes.ink(...title)).toBeGreaterThan(plain.ink(...title) + 300);
  }, 60_000);

  it('leaves out a text no bundled font can draw (Korean Hangul), rather than drawing boxes, and says which', async () => {
    const korean = { ...card, title: '오래된 서점의 봄', author: '김민수' };
    expect(undrawable(korean)).toEqual({ title: ['오', '래', '된', '서', '점', '의', '봄'], author: ['김', '민', '수'] });
    const drawn = await pixels(await ogPng(korean));
    expect(drawn.ink(80, 200, 1040, 180)).toBe(0);
    expect(drawn.ink(80, 60, 500, 50)).toBeGreaterThan(0); // the site name is still there
    expect(undrawable(card)).toEqual({});
  }, 60_000);
});
