// Which existing article file already owns an address (entry id), as the collection sees it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { articleFiles, entryId } from '../../src/lib/articles/files.ts';

/** The file in `dir` (other than `except`) whose address is `slug`, if any. */
export function addressTaken(dir: string, slug: string, except?: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const f of articleFiles(dir)) {
    const path = join(dir, f);
    if (except && resolve(path) === resolve(except)) continue;
    let data: unknown;
    const text = readFileSync(path, 'utf8');
    if (/^slug\s*:/m.test(text)) {
      try {
        data = yaml.load(/^---\n([\s\S]*?\n)---/.exec(text)?.[1] ?? '');
      } catch {
        data = undefined;
      }
    }
    if (entryId(f, data) === slug) return path;
  }
  return undefined;
}
