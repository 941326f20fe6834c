// The sitemap's hreflang links (<xhtml:link rel="alternate">) for articles that have language
// versions. The sitemap integration runs outside the content collection, so this reads the
// frontmatter of the article files itself; files without a translationKey are skipped unparsed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { articleFiles, entryId } from './files.ts';

export interface SitemapLink {
  url: string;
  lang: string;
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
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    if (!source.includes('translationKey')) continue;
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
    let data: Record<string, unknown> | undefined;
    try {
      data = yaml.load(frontmatter ?? '') as Record<string, unknown>;
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
