// Writes the Open Graph cards (/og/<id>.png) in one pass when the build ends, instead of as one
// Astro route each: thousands of routes cost Astro a render and a write apiece (docs/benchmarks.md).
// The og route starts the card worker (src/lib/og/cards.ts) while Astro is still to render the
// pages, and during `astro build` hands its cards over (handOverOgCards) instead of listing paths;
// here each card is copied from the card cache once the worker has drawn it. `astro dev` still
// serves the cards through the route.
import { constants } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOver, takeHandedOver } from './hand-over.ts';

/** One card to write to og/<id>.png: the file in the card cache once `drawn` settles, or, with caching off, drawn here. */
export interface OgCardFile {
  id: string;
  cached?: string;
  drawn?: Promise<void> | undefined;
  draw?: () => Promise<Uint8Array>;
}

export function handOverOgCards(cards: OgCardFile[]): void {
  handOver('og-cards', cards);
}

/** Cards written at the same time. */
const WRITE_CONCURRENCY = 16;

export async function writeOgCards(outDir: string, cards: OgCardFile[]): Promise<number> {
  const dir = join(outDir, 'og');
  const made = new Set<string>();
  let next = 0;
  // A copy, not a hard link: a link would tie dist/ to the cache (a tool that edits dist/ in place
  // would change the cache), fails across file systems, and some hosts' uploads refuse links.
  // FICLONE shares the blocks where the file system can (copy on write), else it copies.
  const writer = async () => {
    while (next < cards.length) {
      const { id, cached, drawn, draw } = cards[next++]!;
      const file = join(dir, `${id}.png`);
      const parent = dirname(file);
      if (!made.has(parent)) {
        await mkdir(parent, { recursive: true });
        made.add(parent);
      }
      await drawn;
      if (cached) await copyFile(cached, file, constants.COPYFILE_FICLONE);
      else await writeFile(file, await draw!());
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, writer));
  return cards.length;
}
export default function ogCards(): AstroIntegration {
  return {
    name: 'folio-og-cards',
    hooks: {
      'astro:build:generated': async ({ dir, logger }) => {
        const cards = takeHandedOver<OgCardFile[]>(
          'og-cards',
          'The Open Graph route (src/pages/og/) handed over no cards: is it still there?',
        );
        logger.info(`${await writeOgCards(fileURLToPath(dir), cards)} Open Graph cards written`);
      },
    },
  };
}
