// Plain-text submission → the article's slug and MDX text, with the repairs made.
import { renderArticle, slugFromTitle, type Frontmatter } from './article-file.ts';
import { decodeSubmission, ImportError, parseSubmission, publisherFromHost } from './plain-text-article.ts';
import { plainText } from './mdx-text.ts';

export interface ImportOptions {
  slug?: string | undefined;
  publisher?: string | undefined;
  description?: string | undefined;
}

export interface Imported {
  slug: string;
  mdx: string;
  frontmatter: Frontmatter;
  repairs: string[];
}

/** Longest description drawn from the first paragraph: its first sentence, and the second if both fit. */
const DESCRIPTION_MAX = 200;

/** A submission whose letters are mostly Cyrillic is taken to be Russian. */
const mostlyCyrillic = (text: string): boolean =>
  (text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (text.match(/\p{L}/gu)?.length ?? 0) / 2;

export function importArticle(bytes: Uint8Array, options: ImportOptions = {}): Imported {
  const s = parseSubmission(decodeSubmission(bytes));
  const repairs = [...s.repairs];

  let publisher = options.publisher;
  if (!publisher) {
    publisher = publisherFromHost(s.sourceUrl, s.disclaimer, s.author.bio ?? '');
    if (!publisher) {
      publisher = new URL(s.sourceUrl).hostname.replace(/^www\./, '');
      repairs.push(`publisher: no name in the disclaimer spells the host, so it is "${publisher}"; pass --publisher "Name" to name it`);
    }
  }

  let description = options.description;
  if (!description) {
    const [first = '', second] = s.firstSentences;
    description = second && first.length + 1 + second.length <= DESCRIPTION_MAX ? `${first} ${second}` : first;
  }

  const frontmatter: Frontmatter = {
    title: plainText(s.title),
    description,
    author: s.author,
    date: s.date,
    source: { url: s.sourceUrl, publisher },
    disclaimer: s.disclaimer,
    lang: mostlyCyrillic(s.blocks.map((b) => b.text).join(' ')) ? 'ru' : 'en',
  };
  const slug = options.slug ?? slugFromTitle(frontmatter.title);
  if (!slug) throw new ImportError(`cannot make an address from the title ${JSON.stringify(frontmatter.title)}: pass --slug`);
  return { slug, mdx: renderArticle(frontmatter, s.blocks), frontmatter, repairs };
}
