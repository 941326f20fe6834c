import { describe, expect, it } from 'vitest';
import { bodyWords, readingMinutes, readingTimeLabel } from '../../src/lib/articles/reading-time.ts';

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
    expect(readingTimeLabel(5)).toBe('5 min read');
  });
});
