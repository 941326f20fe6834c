// Reading time from the article's MDX body: words at an adult's silent reading pace
// for non-fiction (about 238 words a minute; Brysbaert 2019), rounded up.

export const WORDS_PER_MINUTE = 238;

/** The words a reader sees in an MDX body: no frontmatter, markers, tags, link targets or expressions. */
export function bodyWords(mdx: string): string[] {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/¶\d+[a-z]*/g, ' ')
    .replace(/[#*_`>|~]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function readingMinutes(mdx: string, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(bodyWords(mdx).length / wpm));
}

export const readingTimeLabel = (minutes: number): string => `${minutes} min read`;
