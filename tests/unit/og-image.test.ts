import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ogPng, ogSvg, wrap } from '../../src/lib/og-image.ts';

const card = { siteName: 'Folio', section: 'Opinion', title: 'Turning a Happy Hour Into a Happy Alliance', author: 'Dmitry Trenin', source: 'The Moscow Times, 21 November 2010' };

describe('Open Graph image', () => {
  it('wraps the title into lines that fit, ending an overlong one with an ellipsis', () => {
    expect(wrap('Turning a Happy Hour Into a Happy Alliance', 23, 3)).toEqual(['Turning a Happy Hour', 'Into a Happy Alliance']);
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });

  it('escapes the article data into the SVG', () => {
    expect(ogSvg({ ...card, title: 'Fish & <Chips>' })).toContain('Fish &amp; &lt;Chips&gt;');
  });

  it('is a 1200×630 PNG whose title text stays inside the card', async () => {
    const png = await ogPng(card);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    // The right margin (x ≥ 1130) is background only: no title text runs off the card.
    const { data, info } = await sharp(png).extract({ left: 1130, top: 120, width: 70, height: 360 }).raw().toBuffer({ resolveWithObject: true });
    const dark = [...Array(info.width * info.height).keys()].filter((i) => data[i * info.channels]! < 128).length;
    expect(dark).toBe(0);
  });
});
