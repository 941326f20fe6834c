// The sitemap's hreflang links (<xhtml:link rel="alternate">) for articles that have language
// versions. The sitemap integration runs outside the content collection, so this reads the
// frontmatter of the article files itself; files without a translationKey are skipped unparsed.
// It runs while Astro loads its configuration, before anything else: only the head of each file
// is read (at 10,000 articles, reading every whole file took about a second).
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { articleFiles, entryId } from './files.ts';

export interface SitemapLink {
  url: string;
  lang: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---/;
/** Enough bytes for the frontmatter of almost every article. */
const HEAD_BYTES = 8192;

/** The frontmatter of the file at `path`, from its first bytes (read into `head`) or, if it is longer, the whole file. */
function frontmatterOf(path: string, head: Buffer): string | undefined {
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const found = FRONTMATTER.exec(head.toString('utf8', 0, read))?.[1];
  if (found !== undefined || read < head.length) return found;
  return FRONTMATTER.exec(readFileSync(path, 'utf8'))?.[1];
}

/** For each article page URL that has versions in other languages: every version, itself included. */
export function sitemapAlternates(dir: string, pageUrl: (id: string) => string): Map<string, SitemapLink[]> {
  const pieces = new Map<string, SitemapLink[]>();
  let files: string[] = [];
  try {
    files = articleFiles(dir);
  } catch {
    return new Map(); // no content folder: the build reports it
  }
  const head = Buffer.alloc(HEAD_BYTES);
  for (const file of files) {
    const frontmatter = frontmatterOf(join(dir, file), head);
    if (!frontmatter?.includes('translationKey')) continue;
    let data: Record<string, unknown> | undefined;
    try {
      data = yaml.load(frontmatter) as Record<string, unknown>;
    } catch {
      continue; // the content check reports broken frontmatter
    }
    const key = data?.['translationKey'];
    if (typeof key !== 'string') continue;
    const link = { url: pageUrl(entryId(file)), lang: typeof data['lang'] === 'string' ? data['lang'] : 'en' };
    pieces.set(key, [...(pieces.get(key) ?? []), link]);
  }
  const byUrl = new Map<string, SitemapLink[]>();
  for (const links of pieces.values()) if (links.length > 1) for (const link of links) byUrl.set(link.url, links);
  return byUrl;
}
