// Draws Open Graph cards on a worker thread (og-worker.ts), so that on a machine with two cores
// the cards cost the build almost no time: Astro renders pages on one thread, one at a time.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCard } from './image.ts';

type Settle = { resolve: (png: Buffer) => void; reject: (error: Error) => void };

/** `count` cards will be asked for; the worker stops after the last. Paths are from the project root, where Astro runs. */
export function cardWorker(count: number): (card: OgCard) => Promise<Buffer> {
  const worker = new Worker(join(process.cwd(), 'src/lib/og/worker.ts'));
  const waiting = new Map<number, Settle>();
  let asked = 0;
  let done = 0;
  worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const settle = waiting.get(id)!;
    waiting.delete(id);
    if (png) settle.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    else settle.reject(new Error(`Open Graph card ${id}: ${error}`));
    if (++done === count) void worker.terminate();
  });
  worker.on('error', (error) => {
    for (const settle of waiting.values()) settle.reject(error);
  });
  return (card) =>
    new Promise<Buffer>((resolve, reject) => {
      const id = asked++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, card });
    });
}
