import { describe, expect, it } from 'vitest';
import { urlBreakParts } from '../../src/lib/print/url-breaks.ts';

/** The printed lines if the URL wrapped at every break point. */
const lines = (url: string) => {
  const { head, parts } = urlBreakParts(url);
  return [head, ...parts.map(({ joint, rest }) => joint + rest)];
};

describe('urlBreakParts', () => {
  it('breaks before a hyphen, slash, dot or query mark, so no line ends with a hyphen', () => {
    expect(lines('https://www.example.com/2010/turning-a-happy-hour?x=1&y=2#p3')).toEqual([
      'https:',
      '//www',
      '.example',
      '.com',
      '/2010',
      '/turning',
      '-a',
      '-happy',
      '-hour',
      '?x',
      '=1',
      '&y',
      '=2',
      '#p3',
    ]);
  });

  it('keeps runs of punctuation together with the character after them', () => {
    const { parts } = urlBreakParts('https://a.org/x--y/');
    expect(parts.map((p) => p.joint)).toEqual(['//a', '.o', '/x', '--y', '/']);
  });

  it('loses no character', () => {
    for (const url of ['https://example.net/a/very/long/path/to-see-how?with=query&and=more', '-', 'plain', 'mailto:a@b.c']) {
      expect(lines(url).join(''), url).toBe(url);
    }
  });
});
