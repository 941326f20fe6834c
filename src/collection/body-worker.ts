// The articles loader's second thread (body-reader.ts): parses article bodies for their stats
// while the loader's thread reads, validates and stores the entries.
import { parentPort } from 'node:worker_threads';
import { articleBodyStats } from './read-body.ts';

export interface BodyJob {
  id: number;
  body: string;
  retired: string[];
  lang: string | undefined;
}

parentPort!.on('message', ({ id, body, retired, lang }: BodyJob) => {
  parentPort!.postMessage({ id, stats: articleBodyStats(body, retired, lang) });
});
