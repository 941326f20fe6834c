// The article loader reads a large folder with a bounded number of articles in hand at once: with
// every file read at the same time, 1,000 articles failed under a 256-descriptor limit (macOS's
// default) and 30,000 under this machine's 20,000. Files are now read synchronously (one open at a
// time); the articles waiting for parseData are still bounded, so sources are not all held at once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { articleLoader } from '../../src/collection/loader.ts';

const seed = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'folio-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('loads 200 articles with at most a few dozen in hand at once', async () => {
  const parsing = { now: 0, most: 0 };
  for (let i = 0; i < 200; i++) writeFileSync(join(dir, `article-${i}.mdx`), seed);
  const entries = new Map<string, { id: string; digest?: string; filePath?: string }>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string }) => void entries.set(entry.id, entry),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    addModuleImport: () => {},
  };
  const context = {
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    store,
    parseData: async ({ data }: { data: unknown }) => {
      parsing.most = Math.max(parsing.most, ++parsing.now);
      await new Promise((done) => setTimeout(done, 1));
      parsing.now--;
      return data;
    },
    generateDigest: (text: string) => String(text.length),
    logger: { warn: () => {} },
  };
  await articleLoader({ base: dir }).load(context as never);
  expect(entries.size).toBe(200);
  expect(parsing.most).toBeGreaterThan(1);
  expect(parsing.most).toBeLessThanOrEqual(32);
});
