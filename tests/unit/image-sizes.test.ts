import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleImageSizes, columnWidth } from '../../src/markdown/image-sizes.ts';

/** The width a `sizes` list picks at a viewport `width` px wide (min-width conditions; px, vw and calc(px + vw) lengths). */
function pick(sizes: string, width: number): number {
  for (const entry of sizes.split(/,\s*(?![^()]*\))/)) {
    const media = entry.match(/^\(min-width: (\d+)px\)\s+(.*)$/);
    if (media && width < Number(media[1])) continue;
    const length = media ? media[2]! : entry;
    const terms = [...length.matchAll(/([+-]?\s*[\d.]+)(px|vw)/g)];
    return terms.reduce((sum, [, n, unit]) => {
      const value = Number(n!.replace(/\s/g, ''));
      return sum + (unit === 'vw' ? (value * width) / 100 : value);
    }, 0);
  }
  throw new Error(`no size for ${width}`);
}

describe('the sizes of article images', () => {
  it('follows the tokens that set the column (change image-sizes.ts with them)', () => {
    const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
    expect(tokens).toContain('--text-size: clamp(1rem, 0.9rem + 0.45vw, 1.25rem);');
    expect(tokens).toContain('--measure: 34em;');
    expect(tokens).toContain('--gutter: clamp(1rem, 4vw, 2rem);');
  });

  it('is the column width: the viewport less its gutters on a phone, 34em of the text above', () => {
    expect(columnWidth(390)).toBe(390 - 2 * 16);
    expect(columnWidth(500)).toBeCloseTo(500 * 0.92);
    expect(columnWidth(800)).toBeCloseTo(34 * (14.4 + 3.6));
    expect(columnWidth(1280)).toBe(34 * 20);
  });

  it('gives the browser that width at every viewport from 320 to 1920 px', () => {
    const sizes = articleImageSizes();
    for (let width = 320; width <= 1920; width += 5) expect(pick(sizes, width), `${width}px`).toBeCloseTo(columnWidth(width), 0);
  });
});
