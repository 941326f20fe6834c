// Works out the articles' body stats (read-body.ts) for the loader: on a worker thread when there
// are many, so that on two cores the parsing runs beside the loader's reading, validation and
// storing (a large build's content sync is otherwise on one core; figures: docs/benchmarks.md).
import { Worker } from 'node:worker_threads';
import type { ArticleStats } from '../lib/articles/stats.ts';
import type { BodyJob } from './body-worker.ts';
import { articleBodyStats } from './read-body.ts';

/**
 * Below this many articles the worker does not pay: at 1,000 it took 0.2 s off the loader's thread
 * but cost 0.17 CPU-s to start (docs/benchmarks.md, section sync8), and a loaded machine has no free core.
 */
export const WORKER_FROM = 2000;

export interface BodyReader {
  stats(body: string, retired: string[], lang: string | undefined): Promise<ArticleStats>;
  close(): void;
}

export function bodyReader(count: number): BodyReader {
  if (count < WORKER_FROM) return { stats: async (body, retired, lang) => articleBodyStats(body, retired, lang), close: () => {} };
  let worker: Worker | undefined; // started at the first body: a rebuild may parse none
  const waiting = new Map<number, { resolve: (stats: ArticleStats) => void; reject: (error: Error) => void }>();
  let next = 0;
  const start = () => {
    const started = new Worker(new URL('./body-worker.ts', import.meta.url));
    started.unref();
    started.on('message', ({ id, stats }: { id: number; stats: ArticleStats }) => {
      waiting.get(id)?.resolve(stats);
      waiting.delete(id);
    });
    started.on('error', (error) => {
      for (const settle of waiting.values()) settle.reject(error);
      waiting.clear();
    });
    return started;
  };
  return {
    stats: (body, retired, lang) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker ??= start();
        worker.postMessage({ id, body, retired, lang } satisfies BodyJob);
      }),
    close: () => void worker?.terminate(),
  };
}
