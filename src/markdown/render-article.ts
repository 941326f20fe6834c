// Renders an article's MDX body to HTML without making it a JavaScript module.
// Sätteri (Astro 7's Rust Markdown parser, already installed with Astro) parses the MDX into
// the same mdast that remark-parse + remark-mdx + remark-gfm give, much faster (figures:
// docs/benchmarks.md; tests/integration/render-paths.test.ts compares the trees), then the same plugins run
// (pipeline.ts). Most articles are prose with no components, expressions or imports; for
// those the HTML is the whole result, and the build skips compiling and bundling a module per
// article (the largest cost of a build with many articles). An article that does use MDX's
// JavaScript features returns null and is left to @astrojs/mdx.
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import rehypeStringify from 'rehype-stringify';
import { needsModule } from './needs-module.ts';
import { parseMdx } from './parse-mdx.ts';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from './pipeline.ts';

export interface RenderedArticle {
  html: string;
  /** `frontmatter` is the article's, with what the plugins added (rehype-print-links: printLinks). */
  metadata: { headings: MarkdownHeading[]; frontmatter: Record<string, unknown> };
}

export { needsModule } from './needs-module.ts';
export { parseMdx } from './parse-mdx.ts';

export function createArticleRenderer(site: string) {
  const transformer = unified()
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(rehypePlugins(site) as PluggableList)
    .use(rehypeHeadingIds)
    .use(rehypeStringify, { collapseEmptyAttributes: true, characterReferences: { useNamedReferences: true } }); // as @astrojs/mdx writes them

  /** `body` is the MDX after its frontmatter; `path` names the file in error messages. */
  return async function renderArticle(body: string, frontmatter: Record<string, unknown>, path: string): Promise<RenderedArticle | null> {
    const file = new VFile({ value: body, path, data: { astro: { frontmatter } } });
    const tree = parseMdx(body);
    if (needsModule(tree)) return null;
    const hast = await transformer.run(tree, file);
    const html = transformer.stringify(hast as never, file);
    const astro = file.data['astro'] as { headings?: MarkdownHeading[]; frontmatter?: Record<string, unknown> };
    return { html, metadata: { headings: astro.headings ?? [], frontmatter: astro.frontmatter ?? {} } };
  };
}
