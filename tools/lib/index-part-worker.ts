// Indexes one part of the search index (tools/lib/search-parts.ts) in a worker thread of its own.
// Pagefind's Node API runs one service process per module instance and that service handles its
// messages one at a time, on one core, so two parts indexed at once need two module instances:
// one worker thread each. A service stays small while it is fed its pages and grows several
// times over while it writes the bundle (it builds the index then), so large parts take turns to
// write (tools/lib/write-turns.ts): one writes while the next is fed. The worker
// also trims the part's fragments, off the main thread.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import pLimit from 'p-limit';
import { trimFragments } from './fragment-anchors.ts';
import { indexedDocument } from './pagefind-document.ts';
import type { IndexPart } from './search-parts.ts';
import type { WriteTurn } from './write-turns.ts';

const JOB = 'folio-index-part';

/** The ¶ links and heading anchors inside every article ("¶7", "Section titled …"): kept out of the index here, not by an attribute on each. */
const NOT_INDEXED = ['.para-anchor', '.heading-anchor'];

/** Pages sent to Pagefind's service ahead of its answers. */
const PAGES_IN_FLIGHT = 8;

/** What a merged part needs (the rest of a bundle, pagefind.js and its UIs and WebAssembly, comes from pagefind/). */
const MERGED_PART_KEEPS = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/**
 * What the site never loads from pagefind/: Pagefind's three ready-made UIs and its Web Worker
 * (the search code is our own, src/scripts/search/, and runs Pagefind with noWorker).
 */
const UNUSED_FILES = /^pagefind-((component-|modular-)?ui\.(js|css)|worker\.js)$/;

interface PartJob {
  /** Tells this module, loaded in a worker, that it is the part's worker (not some other thread's import). */
  job: typeof JOB;
  site: string;
  part: IndexPart;
  out: string;
}

/** Messages between a part's worker and the main thread, in the order they are sent. */
const FED = 'fed';
const WRITE = 'write';
const WRITTEN = 'written';

/** When a fed part may write (`turn`), and that it has written and closed its service (`wrote`). */
interface Turn {
  turn: () => Promise<unknown>;
  wrote: () => void;
}

/** The turn asked of the main thread through `port`: it is told FED, answers WRITE, is told WRITTEN. */
const turnThrough = (port: MessagePort): Turn => ({
  turn: () => {
    port.postMessage(FED);
    return new Promise((resolve) => port.once('message', resolve));
  },
  wrote: () => port.postMessage(WRITTEN),
});

/** Indexes one part's pages in a Pagefind service of its own and writes the bundle to `out` when its turn comes. */
async function indexPart({ site, part, out }: Omit<PartJob, 'job'>, { turn, wrote }: Turn): Promise<void> {
  const pagefind = await import('pagefind');
  const created = await pagefind.createIndex({ excludeSelectors: NOT_INDEXED });
  if (!created.index) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
  // Each page is read, handed over and let go: only Pagefind holds the part. A few pages are on
  // their way at once, so that Pagefind indexes one while the next is read and sent; it takes
  // them in the order they were sent, so the bundle is the same as one page at a time.
  const index = created.index;
  const sending = pLimit(PAGES_IN_FLIGHT);
  await Promise.all(
    part.paths.map((sourcePath) =>
      sending(async () => {
        const html = readFileSync(join(site, ...sourcePath.split('/')), 'utf8');
        const added = await index.addHTMLFile({ sourcePath, content: indexedDocument(html) });
        if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
      }),
    ),
  );
  await turn();
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind could not write ${part.dir}: ${written.errors.join('; ')}`);
  // Stopping the service returns the part's memory before the next part writes (deleteIndex
  // leaves the process as large as it grew).
  await pagefind.close();
  wrote();
  const unused = part.dir === 'pagefind' ? UNUSED_FILES : { test: (entry: string) => !MERGED_PART_KEEPS.test(entry) };
  for (const entry of readdirSync(out)) if (unused.test(entry)) rmSync(join(out, entry), { recursive: true });
  trimFragments(out);
}

/** Indexes `part` of `site` into `out` in this thread, at once: for a part indexed alone, where a worker would only cost its start. */
export function indexPartHere(site: string, part: IndexPart, out: string): Promise<void> {
  return indexPart({ site, part, out }, { turn: async () => {}, wrote: () => {} });
}

/**
 * Indexes `part` of `site` into `out` in a new worker thread (so in a Pagefind service of its
 * own), its bundle written when `writeTurn` lets it.
 */
export function indexPartInWorker(site: string, part: IndexPart, out: string, writeTurn: WriteTurn): Promise<void> {
  return new Promise((resolve, reject) => {
    const job: PartJob = { job: JOB, site, part, out };
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    let ended = false;
    let wrote: (() => void) | undefined;
    worker.on('message', (message) => {
      if (message === FED)
        void writeTurn(
          part.paths.length,
          () =>
            new Promise<void>((done) => {
              if (ended) return done();
              wrote = done;
              worker.postMessage(WRITE);
            }),
        );
      else if (message === WRITTEN) wrote?.();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      // A worker that stops, even while writing or waiting for its turn, gives the turn back.
      ended = true;
      wrote?.();
      if (code === 0) resolve();
      else reject(new Error(`Indexing ${part.dir} stopped (exit ${code})`));
    });
  });
}

// In the part's worker: index, then let the thread end (its exit resolves indexPartInWorker).
if (!isMainThread && parentPort && (workerData as Partial<PartJob> | null)?.job === JOB) {
  await indexPart(workerData as PartJob, turnThrough(parentPort));
  parentPort.close();
}
