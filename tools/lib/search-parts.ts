// Which part of the search index each page goes to. Pagefind holds a whole index in memory until
// it is written, so a language with many pages is indexed in parts, one after another, that the
// browser merges into one search. A page's part is a hash of its path: adding or changing one
// page changes one part (until the language needs one part more).
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';

/** Pages a part holds at most, on average; FOLIO_INDEX_PART_PAGES sets it (tests use tiny parts). */
export const DEFAULT_PART_PAGES = 2500;

/** Hashing fills parts unevenly (a few per cent at thousands of pages): aim a little below the limit. */
const FILL = 0.9;

export function partPages(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env['FOLIO_INDEX_PART_PAGES'] ?? DEFAULT_PART_PAGES);
  if (!Number.isInteger(value) || value < 1) throw new Error(`FOLIO_INDEX_PART_PAGES must be a whole number ≥ 1, not ${value}`);
  return value;
}

/**
 * Parts indexed at once, each by a Pagefind service of its own (a service uses one core):
 * FOLIO_INDEX_SERVICES, else two where there are two cores (one is fed while the other writes:
 * tools/lib/index-part-worker.ts).
 */
export function indexServices(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const value = Number(env['FOLIO_INDEX_SERVICES'] ?? Math.min(2, cores));
  if (!Number.isInteger(value) || value < 1) throw new Error(`FOLIO_INDEX_SERVICES must be a whole number ≥ 1, not ${value}`);
  return value;
}

/** How many parts `pages` pages need: one as long as they fit, so a small site stays one bundle a language. */
export function partCount(pages: number, limit: number): number {
  return pages <= limit ? 1 : Math.ceil(pages / Math.max(1, Math.floor(limit * FILL)));
}

/** The part (0 … count − 1) of the page at `path`: stable while the count stays the same. */
export function partOf(path: string, count: number): number {
  if (count === 1) return 0;
  return createHash('sha256').update(path).digest().readUInt32BE(0) % count;
}

export interface IndexPart {
  /** The language (primary subtag) every page of the part is in. */
  language: string;
  /** The bundle's folder in the site: pagefind/ for the site language's first part. */
  dir: string;
  /** Site paths of its pages, sorted. */
  paths: string[];
}

/** The bundle folder of a language's `part`-th part: pagefind/, pagefind-ru/, pagefind-en-2/, … */
export function partDir(language: string, part: number, primary: string): string {
  if (part > 0) return `pagefind-${language}-${part + 1}`;
  return language === primary ? 'pagefind' : `pagefind-${language}`;
}

/** Folders a previous index may have left in the site. */
export const PART_DIR = /^pagefind(-[a-z]+(-\d+)?)?$/;

/** Splits each language's pages into parts of at most about `limit`; the primary language's first part comes first. */
export function splitIntoParts(pagesByLanguage: Map<string, string[]>, primary: string, limit: number): IndexPart[] {
  const parts: IndexPart[] = [];
  const languages = [...pagesByLanguage.keys()].sort((a, b) => Number(b === primary) - Number(a === primary) || a.localeCompare(b));
  for (const language of languages) {
    const paths = [...pagesByLanguage.get(language)!].sort();
    const count = partCount(paths.length, limit);
    const split: string[][] = Array.from({ length: count }, () => []);
    for (const path of paths) split[partOf(path, count)]!.push(path);
    // An empty part is left out, except pagefind/ itself (it carries pagefind.js).
    split.forEach((partPaths, i) => {
      const dir = partDir(language, i, primary);
      if (partPaths.length || dir === 'pagefind') parts.push({ language, dir, paths: partPaths });
    });
  }
  return parts;
}
