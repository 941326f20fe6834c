// The articles loader parses bodies on a worker thread when there are many (src/collection/body-reader.ts):
// the worker must give each body the same stats as the loader's own thread, in the order asked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { expect, it } from 'vitest';
import { bodyReader, WORKER_FROM } from '../../src/collection/body-reader.ts';
import { articleBodyStats } from '../../src/collection/read-body.ts';

const bodies = ['content/articles', 'tests/fixtures/i18n-content'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, f), 'utf8'));
      const retired = Object.keys((frontmatter['retiredParagraphs'] as object | undefined) ?? {});
      return { body: content.trim(), retired, lang: frontmatter['lang'] as string | undefined };
    }),
);
bodies.push(
  { body: 'Text with a <Figure src="x" /> component.', retired: [], lang: undefined },
  { body: 'Broken {expression', retired: [], lang: 'en' },
  { body: '¶3 Third.\n\nNext, unmarked.', retired: ['1', '2'], lang: 'en' },
  { body: '漢字'.repeat(300), retired: [], lang: 'ja' }, // 2 minutes in Japanese, 3 at the default pace
);

it('gives the same stats on the worker as on the calling thread, for every body', async () => {
  const reader = bodyReader(WORKER_FROM);
  try {
    const jobs = Array.from({ length: 3 }, () => bodies).flat();
    const onWorker = await Promise.all(jobs.map(({ body, retired, lang }) => reader.stats(body, retired, lang)));
    expect(onWorker).toEqual(jobs.map(({ body, retired, lang }) => articleBodyStats(body, retired, lang)));
    expect(new Set(onWorker.map((s) => s.minutes)).size).toBeGreaterThan(1);
    expect(onWorker.some((s) => s.needsModule)).toBe(true);
  } finally {
    reader.close();
  }
});
