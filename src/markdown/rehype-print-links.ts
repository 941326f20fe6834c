// Numbers the article's external links for the print edition: each gets data-link-note="N"
// (print.css shows it as a superscript) and the list of URLs goes into the entry's
// remarkPluginFrontmatter as `printLinks`, which src/components/PrintLinks.astro prints.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { numberExternalLinks } from '../lib/print/external-links.ts';

export interface Options {
  /** The site's origin (SITE_URL): absolute links to it are not external. */
  site: string;
}

export default function rehypePrintLinks(options: Options) {
  return (tree: Root, file: VFile) => {
    const printLinks = numberExternalLinks(tree, options.site);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter = { ...data.astro.frontmatter, printLinks };
  };
}
