// The ¶ link is written out as a hast element (not with hastscript, for the build's cost): it must
// be the element h() makes, so the HTML stays the same.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { paragraphLink } from '../../src/markdown/rehype-paragraph-links.ts';

describe('paragraphLink', () => {
  it.each([
    ['7', 'p7', 'en'],
    ['4a', 'p4a', 'ru'],
    ['12', 'p12', 'ar'],
  ])('¶%s (#%s, %s) is the element h() makes', (number, id, lang) => {
    const made = paragraphLink(number, id, lang);
    const label = lang === 'en' ? `¶${number}, link to paragraph ${number}` : (made.properties['ariaLabel'] as string);
    expect(made).toEqual(h('a.para-anchor', { href: `#${id}`, ariaLabel: label }, `¶${number}`));
    expect(toHtml(made)).toBe(toHtml(h('a.para-anchor', { href: `#${id}`, ariaLabel: label }, `¶${number}`)));
  });
});
