import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import remarkTypography, { smartPunctuation } from '../../src/markdown/remark-typography.ts';

/** The text nodes of `markdown` after a plugin ran, in order. */
async function texts(markdown: string, plugin: unknown): Promise<string[]> {
  const processor = unified()
    .use(remarkParse)
    .use(plugin as never);
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  const out: string[] = [];
  visit(tree, 'text', (node) => void out.push(node.value));
  return out;
}

const SAMPLES = [
  `He said, "It's the '80s -- and that's that..." Then: 'no'.`,
  `"Quoted *emphasis*," she wrote, "and a [link](https://example.com/)".`,
  `Rock 'n' roll, the dogs' bowls, O'Brien's "word".`,
  `He said, "'Quoted' words in a larger quote."`,
  "A ``backtick'' quote, an ellipsis . . . and a dash -- here.",
  `"Hello!" "Why?" 'Yes.'`,
  `Keep \`code "as" it--is\` untouched.`,
];

describe('remark-typography', () => {
  it('curls quotes, dashes and ellipses like SmartyPants', () => {
    expect(smartPunctuation(`"It's -- fine..."`)).toBe('“It’s — fine…”');
    expect(smartPunctuation(`the '80s`)).toBe('the ’80s');
  });

  it.each(SAMPLES)('matches remark-smartypants on %s', async (sample) => {
    expect(await texts(sample, remarkTypography)).toEqual(await texts(sample, remarkSmartypants));
  });

  it('matches remark-smartypants on the seed article, paragraph by paragraph', async () => {
    const body = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8').replace(
      /^---\n[\s\S]*?\n---\n/,
      '',
    );
    expect(await texts(body, remarkTypography)).toEqual(await texts(body, remarkSmartypants));
  });
});
