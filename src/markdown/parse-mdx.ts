// The one MDX parser the build and the content check share: Sätteri (Astro 7's Rust Markdown
// parser), which gives the same mdast as remark-parse + remark-mdx + remark-gfm.
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/**
 * The mdast of an MDX body: CommonMark, GFM and MDX syntax, as @astrojs/mdx reads it.
 * Without `position` (lines and offsets) it parses in about half the time.
 */
export const parseMdx = (body: string, { position = true } = {}): Root =>
  mdxToMdast(body, { features: { gfm: true, frontmatter: false }, position }) as Root;
