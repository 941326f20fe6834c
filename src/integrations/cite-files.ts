// Writes the /cite/ files (three an article: src/lib/citation/files.ts) in one pass when the build
// ends, instead of as one Astro route each: thousands of routes cost Astro a render and a write
// apiece (docs/benchmarks.md). The cite route has the collection, so during `astro build` it
// hands its files over (handOverCiteFiles) instead of listing paths; `astro dev` still serves
// them through the route.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOver, takeHandedOver } from './hand-over.ts';

/** The files, [name under cite/, text], made only when they are written. */
type CiteFiles = () => Iterable<[string, string]>;

export function handOverCiteFiles(files: CiteFiles): void {
  handOver('cite-files', files);
}

/** Files written at the same time. */
const WRITE_CONCURRENCY = 16;

export async function writeCiteFiles(outDir: string, files: CiteFiles): Promise<number> {
  const dir = join(outDir, 'cite');
  await mkdir(dir, { recursive: true });
  const iterator = files()[Symbol.iterator]();
  let count = 0;
  // A few writers take the next file in turn: never thousands of files open at once.
  const writer = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [name, text] = next.value;
      await writeFile(join(dir, name), text);
      count++;
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, writer));
  return count;
}

export default function citeFiles(): AstroIntegration {
  return {
    name: 'folio-cite-files',
    hooks: {
      'astro:build:generated': async ({ dir, logger }) => {
        const files = takeHandedOver<CiteFiles>(
          'cite-files',
          'The cite route (src/pages/cite/) handed over no citation files: is it still there?',
        );
        logger.info(`${await writeCiteFiles(fileURLToPath(dir), files)} citation files written`);
      },
    },
  };
}
