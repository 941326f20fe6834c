import { describe, expect, it } from 'vitest';
import { bodyCjkCharacters, bodyWords, readingMinutes } from '../../src/lib/articles/reading-time.ts';

describe('reading time', () => {
  it('counts only the words a reader sees', () => {
    const mdx =
      '---\ntitle: "Not counted"\n---\n\nimport X from "./x"\n\n¶1 One [two](https://example.com/three) <X prop="four" /> five.\n\n## Six\n';
    expect(bodyWords(mdx)).toEqual(['One', 'two', 'five.', 'Six']);
  });

  it('rounds up, and never says zero minutes', () => {
    expect(readingMinutes('word '.repeat(238))).toBe(1);
    expect(readingMinutes('word '.repeat(239))).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });

  it('counts characters, not spaces, in Chinese, Japanese and Korean', () => {
    const zh = '¶1 ' + '茶园的春天。'.repeat(85); // 425 Han characters and 85 full stops, no spaces
    expect(bodyWords(zh)).toEqual([]);
    expect(bodyCjkCharacters(zh)).toBe(425);
    expect(readingMinutes(zh, 'zh')).toBe(2); // 425 / 255 a minute
    expect(readingMinutes('한국어 '.repeat(400), 'ko')).toBe(4); // 1,200 syllables / 357
    // Latin words among Chinese still count as words.
    expect(readingMinutes(`${'字'.repeat(255)} ${'word '.repeat(238)}`, 'zh')).toBe(2);
  });
});
