// Draws Open Graph cards on a worker thread (og-worker.ts) into the card cache, so that on a
// machine with two cores the cards cost the build almost no time: Astro renders pages on one
// thread, one at a time. The worker writes each card itself: the PNG never crosses to the main thread.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCard } from './image.ts';

type Settle = { resolve: () => void; reject: (error: Error) => void };

/**
 * `count` cards will be asked for, each to be drawn into the card cache under its key; the
 * worker stops after the last. Paths are from the project root, where Astro runs.
 */
export function cardWorker(count: number): (card: OgCard, key: string) => Promise<void> {
  const worker = new Worker(join(process.cwd(), 'src/lib/og/worker.ts'));
  const waiting = new Map<number, Settle>();
  let asked = 0;
  let done = 0;
  worker.on('message', ({ id, error }: { id: number; error?: string }) => {
    const settle = waiting.get(id)!;
    waiting.delete(id);
    if (error === undefined) settle.resolve();
    else settle.reject(new Error(`Open Graph card ${id}: ${error}`));
    if (++done === count) void worker.terminate();
  });
  worker.on('error', (error) => {
    for (const settle of waiting.values()) settle.reject(error);
  });
  return (card, key) =>
    new Promise<void>((resolve, reject) => {
      const id = asked++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, card, key });
    });
}
