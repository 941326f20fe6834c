// A worker thread that draws Open Graph cards (src/lib/og/cards.ts sends them) and writes each
// into the card cache: the build's main thread renders the pages meanwhile. Node runs this file
// directly (type stripping).
import { parentPort } from 'node:worker_threads';
import pLimit from 'p-limit';
import { cardCache } from './cache.ts';
import { ogPng, type OgCard } from './image.ts';

// A few at once: compressing one card (on the thread pool) overlaps drawing the next, and the
// rows waiting to be compressed stay a few hundred KB.
const limit = pLimit(4);

parentPort?.on('message', ({ id, card, key }: { id: number; card: OgCard; key: string }) => {
  limit(async () => cardCache().write(key, await ogPng(card))).then(
    () => parentPort?.postMessage({ id }),
    (error: Error) => parentPort?.postMessage({ id, error: error.stack ?? String(error) }),
  );
});
