// Open Graph cards in a clean build are drawn on the worker into the card cache, and the one-pass
// writer (src/integrations/og-cards.ts) copies each from there into og/; with caching off the
// writer draws them itself. Both give the same bytes, one card per article and nothing else.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/generate-corpus.ts';
import { BUILDS_DIR } from './global-setup.ts';
import { buildEnv } from './build-env.ts';

const seedText = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
const corpus = generateCorpus({ count: 3 }, seedText);
const content = join('tmp', 'og-cards-content');
const cache = join(BUILDS_DIR, 'og-cards-cache');

function build(outDir: string, env: Record<string, string>): string {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: buildEnv({ FOLIO_CONTENT_DIR: content, ...env }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}

let cached: string;
let uncached: string;

beforeAll(() => {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const [name, mdx] of corpus) writeFileSync(join(content, name), mdx);
  rmSync(cache, { recursive: true, force: true });
  cached = build(join(BUILDS_DIR, 'og-cards-cached'), { FOLIO_CACHE_DIR: cache });
  uncached = build(join(BUILDS_DIR, 'og-cards-uncached'), { FOLIO_CACHE: '0', FOLIO_CACHE_DIR: join(BUILDS_DIR, 'og-cards-unused') });
}, 600_000);

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const cards = (dist: string) => readdirSync(join(dist, 'og')).sort();

it('writes one card per article into og/, and nothing else (the route lists no paths in a build)', () => {
  for (const dist of [cached, uncached]) {
    const articles = readdirSync(join(dist, 'articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(articles).toHaveLength(corpus.length);
    expect(readdirSync(join(dist, 'og'), { recursive: true }).sort()).toEqual(articles.map(({ name }) => `${name}.png`).sort());
  }
});

it('writes every card a clean build drew into the cache, and the page of each card is that PNG', () => {
  expect(cards(cached)).toHaveLength(corpus.length);
  const inCache = readdirSync(join(cache, 'og')).map((file) => readFileSync(join(cache, 'og', file)));
  expect(inCache).toHaveLength(corpus.length);
  for (const card of cards(cached)) {
    const png = readFileSync(join(cached, 'og', card));
    expect(png.subarray(0, 8)).toEqual(PNG);
    expect(inCache.some((file) => file.equals(png))).toBe(true);
  }
});

it('draws the same cards with caching off, keeping none', () => {
  expect(cards(uncached)).toEqual(cards(cached));
  for (const card of cards(cached)) expect(readFileSync(join(uncached, 'og', card))).toEqual(readFileSync(join(cached, 'og', card)));
  expect(() => readdirSync(join(BUILDS_DIR, 'og-cards-unused', 'og'))).toThrow();
});
