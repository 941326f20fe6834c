// Which existing article file already owns an address (entry id), as the collection sees it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleFiles, entryId } from '../../src/lib/articles/files.ts';

/** The file in `dir` (other than `except`) whose address is `slug`, if any. */
export function addressTaken(dir: string, slug: string, except?: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const f of articleFiles(dir)) {
    const path = join(dir, f);
    if (except && resolve(path) === resolve(except)) continue;
    if (entryId(f) === slug) return path;
  }
  return undefined;
}
