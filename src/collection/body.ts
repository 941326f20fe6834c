// An article's body, rendered for a page: plain MDX through our own pipeline (no module),
// and articles with MDX components through @astrojs/mdx's module (see src/collection/loader.ts).
import type { MarkdownHeading } from 'astro';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { render, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createArticleRenderer } from '../markdown/render-article.ts';
import { articleStats } from '../lib/articles/stats.ts';
import { printLinksOf } from '../lib/print/external-links.ts';

type Content = Awaited<ReturnType<typeof render>>['Content'];

export interface ArticleBody {
  /** The body as HTML, or… */
  html?: string;
  /** …as a component, for an article compiled by @astrojs/mdx. */
  Content?: Content;
  headings: MarkdownHeading[];
  /** The external links, numbered for the print edition (src/markdown/rehype-print-links.ts). */
  printLinks: string[];
}

let renderer: ReturnType<typeof createArticleRenderer> | undefined;

export async function renderArticleBody(entry: CollectionEntry<'articles'>): Promise<ArticleBody> {
  if (articleStats(entry).needsModule) {
    const { Content, headings, remarkPluginFrontmatter } = await render(entry);
    return { Content, headings, printLinks: printLinksOf(remarkPluginFrontmatter) };
  }
  if (!entry.filePath) throw new Error(`Article "${entry.id}" has no file path.`);
  // filePath is relative to the project root, where Astro runs. Read synchronously: for a small file
  // several times cheaper than fs.promises (docs/benchmarks.md).
  const source = readFileSync(resolve(entry.filePath), 'utf8');
  renderer ??= createArticleRenderer(import.meta.env.SITE ?? '');
  const { frontmatter, content } = parseFrontmatter(source);
  const rendered = await renderer(content.trim(), frontmatter, entry.filePath);
  if (!rendered) throw new Error(`Article "${entry.id}" changed to use MDX components while the build ran; build again.`);
  return { html: rendered.html, headings: rendered.metadata.headings, printLinks: printLinksOf(rendered.metadata.frontmatter) };
}
