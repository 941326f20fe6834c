// The article pipeline's own plugins, in order. astro.config.mjs gives them to Astro's
// unified() processor (which @astrojs/mdx uses for MDX modules), and render-article.ts runs
// them itself for articles that need no module: one list, so both paths render the same HTML.
import type { RehypePlugins, RemarkPlugins } from 'astro';
import rehypeSlug from 'rehype-slug';
import rehypeHeadingAnchors from './heading-anchors.ts';
import rehypeFigures from './rehype-figures.ts';
import rehypeFootnotes from './rehype-footnotes.ts';
import rehypeImageSizes from './rehype-image-sizes.ts';
import rehypePagefindParagraphs from './rehype-pagefind-paragraphs.ts';
import rehypeParagraphLinks from './rehype-paragraph-links.ts';
import rehypePrintLinks from './rehype-print-links.ts';
import rehypeTables from './rehype-tables.ts';
import rehypeTaskLists from './rehype-task-lists.ts';
import remarkParagraphIds from './remark-paragraph-ids.ts';
import remarkTypography from './remark-typography.ts';

// Paragraph ids first: typography then sees the same text whether or not a "¶" marker was written.
export const remarkPlugins: RemarkPlugins = [remarkParagraphIds, remarkTypography];

/** `site` is the site's origin: absolute links to it are not external (for the print link list). */
export const rehypePlugins = (site: string): RehypePlugins => [
  rehypeTables,
  rehypeFootnotes,
  rehypeFigures,
  rehypeImageSizes,
  rehypeTaskLists,
  rehypeSlug,
  rehypeHeadingAnchors,
  rehypeParagraphLinks,
  [rehypePrintLinks, { site }],
  rehypePagefindParagraphs,
];
