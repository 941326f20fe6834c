// What the articles loader keeps about an MDX body (src/lib/articles/stats.ts): whether it needs
// @astrojs/mdx, its first paragraph's number, its reading time. Run on the loader's thread or on
// a worker (body-worker.ts); both call this one function.
import { bodyStats, type ArticleStats } from '../lib/articles/stats.ts';
import { numberParagraphs } from '../lib/paragraphs/numbering.ts';
import { needsModule } from '../markdown/needs-module.ts';
import { parseMdx } from '../markdown/parse-mdx.ts';

/**
 * Does this MDX body need @astrojs/mdx (also when it does not parse: MDX then reports the
 * error, with its line), and what is its first paragraph's number?
 */
function readBody(body: string, retired: string[]): { needsModule: boolean; firstParagraph?: string | undefined } {
  try {
    const tree = parseMdx(body, { position: false });
    return { needsModule: needsModule(tree), firstParagraph: numberParagraphs(tree, retired).paragraphs[0]?.number };
  } catch {
    return { needsModule: true };
  }
}

/** `body` is trimmed; `retired` the retiredParagraphs numbers; `lang` the article's language. */
export function articleBodyStats(body: string, retired: string[], lang: string | undefined): ArticleStats {
  const { needsModule, firstParagraph } = readBody(body, retired);
  return bodyStats(body, needsModule, firstParagraph, lang);
}
