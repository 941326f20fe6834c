// Which files are articles, and the id (the address /articles/<id>/) each one gets. Used by
// the articles loader (src/collection/loader.ts) and by the content check before the build.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';

/** The article files under `dir` (**\/*.mdx, not in dot-folders), sorted. */
export function articleFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.mdx') && !f.split(sep).some((part) => part.startsWith('.')))
    .sort();
}

/** An article's id: each segment of its path slugged, as Astro's glob loader does. */
export function entryId(relativePath: string): string {
  return relativePath
    .replace(/\.mdx$/, '')
    .split(sep)
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
