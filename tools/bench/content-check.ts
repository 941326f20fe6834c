// How long the pre-build content check (tools/check-content.ts) takes on a large corpus:
// it runs before every `npm run build`, so it must stay a small part of a build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentDir } from '../lib/content-check.ts';
import { generateCorpus } from '../generate-corpus.ts';
import type { BenchPart } from './types.ts';

const COUNT = 10_000;
/** Budget: the whole check, per article, on average. */
const BUDGET_MS_PER_ARTICLE = 1;

const part: BenchPart = {
  title: 'Content check',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'folio-bench-check-'));
    try {
      const seed = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
      for (const [name, text] of generateCorpus({ count: COUNT }, seed)) writeFileSync(join(dir, name), text);
      const started = performance.now();
      const { files, problems } = checkContentDir(dir);
      const ms = performance.now() - started;
      const perArticle = ms / files;
      console.log(
        `${files} generated articles checked in ${Math.round(ms)} ms (${perArticle.toFixed(2)} ms per article; budget ${BUDGET_MS_PER_ARTICLE} ms), ${problems.length} problems`,
      );
      const failures: string[] = [];
      if (problems.length) failures.push(`the generated corpus has ${problems.length} problems, such as ${problems[0]!.message}`);
      if (perArticle > BUDGET_MS_PER_ARTICLE) failures.push(`${perArticle.toFixed(2)} ms per article (budget ${BUDGET_MS_PER_ARTICLE} ms)`);
      return failures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default part;
