import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/generate-corpus.ts';
import { articleSchema } from '../../src/lib/articles/schema.ts';

const seedText = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');

function frontmatter(mdx: string): Record<string, unknown> {
  // The generator writes JSON-quoted scalars and one level of nesting.
  const data: Record<string, unknown> = {};
  let parent: Record<string, unknown> | null = null;
  for (const line of mdx.split('\n---\n')[0]!.split('\n').slice(1)) {
    const nested = /^ {2}(\w+): (.*)$/.exec(line);
    const top = /^(\w+):(?: (.*))?$/.exec(line);
    if (nested && parent) parent[nested[1]!] = JSON.parse(nested[2]!);
    else if (top && top[2] === undefined) data[top[1]!] = parent = {};
    else if (top) data[top[1]!] = JSON.parse(top[2]!);
  }
  return data;
}

describe('generateCorpus', () => {
  const corpus = generateCorpus({ count: 50 }, seedText);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus({ count: 50 }, seedText)).toEqual(corpus);
    expect(generateCorpus({ count: 50, seed: 2 }, seedText)).not.toEqual(corpus);
  });

  it('writes the asked number of uniquely named MDX files', () => {
    expect(corpus).toHaveLength(50);
    expect(new Set(corpus.map(([name]) => name)).size).toBe(50);
    for (const [name] of corpus) expect(name).toMatch(/^generated-\d{5}\.mdx$/);
  });

  it('gives every article valid frontmatter and 8–14 numbered paragraphs', () => {
    for (const [name, mdx] of corpus) {
      const parsed = articleSchema.safeParse(frontmatter(mdx));
      expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
      const markers = [...mdx.matchAll(/^¶(\d+) /gm)].map((m) => Number(m[1]));
      expect(markers.length).toBeGreaterThanOrEqual(8);
      expect(markers.length).toBeLessThanOrEqual(14);
      expect(markers).toEqual(markers.map((_, i) => i + 1));
      expect(mdx).not.toMatch(/[{}<]/); // nothing MDX would read as code or JSX
    }
  });

  it('puts headings in some articles, not all', () => {
    const withHeadings = corpus.filter(([, mdx]) => /^## /m.test(mdx)).length;
    expect(withHeadings).toBeGreaterThan(0);
    expect(withHeadings).toBeLessThan(corpus.length);
  });
});
