// Writes an article's MDX text (frontmatter and "¶N"-numbered paragraphs) and refuses to
// hand back one the build would refuse: the frontmatter goes through the collection's
// schema and the whole file through the same check `npm run build` runs first.
import { asciiSlug } from '../../src/lib/archive/slugs.ts';
import { checkArticle, type Problem } from './content-check.ts';

export interface Frontmatter {
  title: string;
  description: string;
  author: { name: string; bio?: string; url?: string };
  date: string;
  source: { url: string; publisher: string };
  disclaimer: string;
  /** The article's language, when it is not English. */
  lang?: string;
}

export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
}

/** A URL-safe ASCII slug: accents, Cyrillic and CJK transliterated ("Café Россия" → "cafe-rossiya"). */
export function slugFromTitle(title: string): string {
  return asciiSlug(title);
}

export const isSlug = (s: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s);

/**
 * The MDX file: frontmatter with each string JSON-quoted (a valid YAML double-quoted
 * string), then the blocks, each paragraph numbered ¶1…¶N (docs/paragraph-ids.md).
 * `comments` adds a YAML comment after a field's line (used by `npm run new`).
 */
export function renderArticle(fm: Frontmatter, blocks: Block[], comments: Partial<Record<string, string>> = {}): string {
  const q = (s: string) => JSON.stringify(s);
  const line = (key: string, text: string) => (comments[key] ? `${text} # ${comments[key]}` : text);
  const lines = [
    '---',
    line('title', `title: ${q(fm.title)}`),
    line('description', `description: ${q(fm.description)}`),
    'author:',
    line('author.name', `  name: ${q(fm.author.name)}`),
    ...(fm.author.bio ? [line('author.bio', `  bio: ${q(fm.author.bio)}`)] : []),
    ...(fm.author.url ? [line('author.url', `  url: ${q(fm.author.url)}`)] : []),
    line('date', `date: ${q(fm.date)}`),
    'source:',
    line('source.url', `  url: ${q(fm.source.url)}`),
    line('source.publisher', `  publisher: ${q(fm.source.publisher)}`),
    line('disclaimer', `disclaimer: ${q(fm.disclaimer)}`),
    ...(fm.lang && fm.lang !== 'en' ? [line('lang', `lang: ${q(fm.lang)}`)] : []),
    '---',
  ];
  let n = 0;
  const body = blocks.map((b) => (b.kind === 'heading' ? b.text : `¶${++n} ${b.text}`));
  return `${lines.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** The problems the build would report for this file (none when it is good). */
export function validateArticle(file: string, mdx: string): Problem[] {
  return checkArticle(file, mdx).problems;
}
