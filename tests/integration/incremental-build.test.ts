// Astro's incremental build (experimental.incrementalBuild, src/lib/articles/cache-key.ts): a rebuild with
// the cache of earlier builds must give the bytes a clean build of the same content gives, file for
// file, after an article is changed, added or deleted, and after the interface language changes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_DIR } from './global-setup.ts';
import { buildEnv } from './build-env.ts';
import { LOCK, MANIFEST } from '../../src/integrations/incremental-lock.ts';

const ROOT = join(BUILDS_DIR, 'incremental');
const CONTENT = join(ROOT, 'content');
const CACHE = join(ROOT, 'cache');
/** The day of every build (a citation's access date on article pages), 2026-01-01, unless a test says otherwise. */
const DAY = '1767225600'; // the incremental builds' (FOLIO_CACHE_DIR: Astro's cacheDir is CACHE/astro)

interface Build {
  dist: string;
  /** Pages copied from the cache, by path ("/articles/x/"). */
  restored: string[];
  status: number | null;
}

let builds = 0;
/** `astro build` of `content` (CONTENT), with the shared cache or (clean) an empty one of its own; throws when it fails unless `mayFail`. */
function build(
  name: string,
  { clean = false, env = {} as Record<string, string>, content = CONTENT, cache = CACHE, mayFail = false } = {},
): Build {
  const dist = join(ROOT, name);
  const cacheDir = clean ? join(ROOT, `cache-${++builds}`) : cache;
  const run = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: buildEnv({ FOLIO_CONTENT_DIR: content, FOLIO_CACHE_DIR: cacheDir, SOURCE_DATE_EPOCH: DAY, ...env }),
    encoding: 'utf8',
  });
  if (run.status !== 0 && !mayFail) throw new Error(`build ${name} failed:\n${run.stdout}\n${run.stderr}`);
  if (clean) rmSync(cacheDir, { recursive: true, force: true });
  const restored = [...run.stdout.matchAll(/├─ (\S+?)index\.html \(restored\)/g)].map((m) => m[1]!);
  return { dist, restored, status: run.status };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Every file of `a` and `b` compared byte for byte: the paths that differ or exist on one side only. */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = files(b);
  const all = [...new Set([...left, ...right])].sort();
  return all.filter((file) => {
    if (!left.includes(file) || !right.includes(file)) return true;
    return !readFileSync(join(a, file)).equals(readFileSync(join(b, file)));
  });
}

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const article = (id: string) => join(CONTENT, `${id}.mdx`);

/** Replaces the title and one word of the body of article `id`. */
function edit(id: string, title: string) {
  const source = readFileSync(article(id), 'utf8');
  writeFileSync(article(id), source.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`).replace(/^¶1 (\S+)/m, '¶1 Zanzibarian $1'));
}

describe('incremental builds', () => {
  let first: Build;
  // Two articles by one author: `sibling` lists `changed` under "More by this author".
  let changed: string;
  let sibling: string;
  let deleted: string;

  beforeAll(() => {
    rmSync(ROOT, { recursive: true, force: true });
    const corpus = spawnSync(process.execPath, ['tools/generate-corpus.ts', '--count', '12', '--russian', '2', '--out', CONTENT], {
      encoding: 'utf8',
    });
    if (corpus.status !== 0) throw new Error(corpus.stderr);
    // Two language versions of one piece, which link each other; an article with an image (an MDX module).
    for (const file of [
      'i18n-content/river-ferries-in-winter.mdx',
      'i18n-content/rechnye-paromy-zimoy.mdx',
      'reading/every-feature.mdx',
      'reading/harbour.jpg',
    ]) {
      cpSync(join('tests/fixtures', file), join(CONTENT, file.split('/')[1]!));
    }
    first = build('first');
    const ids = files(join(first.dist, 'articles')).map((file) => file.replace(/\/index\.html$/, ''));
    const moreBy = (id: string) => page(first.dist, `articles/${id}`).split('id="more-by-author"')[1] ?? '';
    sibling = ids.find((id) => moreBy(id).includes('href="/articles/generated-'))!;
    changed = ids.find((id) => id !== sibling && moreBy(sibling).includes(`href="/articles/${id}/"`))!;
    deleted = ids.find((id) => id.startsWith('generated-') && id !== sibling && id !== changed)!;
  });

  it('restores every keyed page when nothing changed, and gives the same bytes', () => {
    expect([sibling, changed, deleted]).not.toContain(undefined);
    const again = build('again');
    expect(again.restored).toContain(`/articles/${changed}/`);
    expect(again.restored.length).toBeGreaterThan(20);
    expect(differences(first.dist, again.dist)).toEqual([]);
  });

  it('after an article changed, shows its new title and text wherever it appears, as a clean build does', () => {
    edit(changed, 'A Title Changed Between Builds');
    const rebuilt = build('changed');
    const clean = build('changed-clean', { clean: true });
    expect(differences(clean.dist, rebuilt.dist)).toEqual([]);
    // Checked on the rebuild too, not only against the clean build.
    expect(page(rebuilt.dist, `articles/${changed}`)).toContain('A Title Changed Between Builds');
    expect(page(rebuilt.dist, `articles/${changed}`)).toContain('Zanzibarian');
    expect(page(rebuilt.dist, `articles/${sibling}`)).toContain('A Title Changed Between Builds');
    expect(rebuilt.restored).not.toContain(`/articles/${changed}/`);
    expect(rebuilt.restored).not.toContain(`/articles/${sibling}/`);
    // Articles by other authors were not rendered again.
    expect(rebuilt.restored.filter((path) => path.startsWith('/articles/')).length).toBeGreaterThan(3);
  });

  it('after an article is added and another deleted, gives what a clean build gives', () => {
    const source = readFileSync(article(changed), 'utf8');
    writeFileSync(
      article('a-new-article'),
      source.replace(/^title: .*$/m, 'title: "An Article Added Between Builds"').replace(/^date: .*$/m, 'date: "2030-01-01"'),
    );
    rmSync(article(deleted));
    const rebuilt = build('added');
    const clean = build('added-clean', { clean: true });
    expect(differences(clean.dist, rebuilt.dist)).toEqual([]);
    expect(page(rebuilt.dist, `articles/${sibling}`)).toContain('An Article Added Between Builds');
    expect(files(rebuilt.dist).some((file) => file.includes(deleted))).toBe(false);
  });

  it('after the image of an article changed, gives what a clean build gives', async () => {
    const image = join(CONTENT, 'harbour.jpg');
    writeFileSync(image, await sharp(image).flop().jpeg().toBuffer());
    const rebuilt = build('image');
    const clean = build('image-clean', { clean: true });
    expect(differences(clean.dist, rebuilt.dist)).toEqual([]);
    expect(differences(join(first.dist, '_astro'), join(rebuilt.dist, '_astro')).some((file) => file.endsWith('.webp'))).toBe(true);
    expect(rebuilt.restored).not.toContain('/articles/every-feature/');
  });

  it('on the next day (the access date of citations), renders every article page again, as a clean build does', () => {
    const nextDay = { SOURCE_DATE_EPOCH: String(Number(DAY) + 86_400) };
    const rebuilt = build('next-day', { env: nextDay });
    expect(rebuilt.restored.filter((path) => path.startsWith('/articles/'))).toEqual([]);
    expect(rebuilt.restored.length).toBeGreaterThan(5); // the listings, which show no date of the build
    expect(differences(build('next-day-clean', { clean: true, env: nextDay }).dist, rebuilt.dist)).toEqual([]);
  });

  it('in another interface language (FOLIO_LANG) with the same cache, gives what a clean build gives', () => {
    const rebuilt = build('ru', { env: { FOLIO_LANG: 'ru' } });
    expect(rebuilt.restored).toEqual([]);
    const clean = build('ru-clean', { clean: true, env: { FOLIO_LANG: 'ru' } });
    expect(differences(clean.dist, rebuilt.dist)).toEqual([]);
  });

  it('while another build holds the cache, renders every page and leaves the cache alone', () => {
    const lock = join(CACHE, 'astro', LOCK);
    const manifest = readFileSync(join(CACHE, 'astro', MANIFEST));
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid)); // a running process
    try {
      const busy = build('busy');
      expect(busy.restored).toEqual([]);
      expect(readFileSync(join(CACHE, 'astro', MANIFEST)).equals(manifest)).toBe(true);
    } finally {
      rmSync(lock, { recursive: true });
    }
  });
});

// Astro writes a page's copy into the cache when it renders it, and the manifest of keys after the last
// page: a build that fails in between leaves copies newer than the manifest says.
describe('a build that stops midway', () => {
  const content = join(ROOT, 'stop-content');
  const cache = join(ROOT, 'stop-cache');
  const first = join(content, 'generated-00001.mdx');
  const broken = join(content, 'zz-stops-the-build.mdx');
  let original: string;

  beforeAll(() => {
    const corpus = spawnSync(process.execPath, ['tools/generate-corpus.ts', '--count', '3', '--out', content], { encoding: 'utf8' });
    if (corpus.status !== 0) throw new Error(corpus.stderr);
    original = readFileSync(first, 'utf8');
    build('stop-1', { content, cache });
    // The first article changes, and a later one throws while its page renders: the build fails.
    writeFileSync(first, original.replace(/^title: .*$/m, 'title: "Never Published"'));
    writeFileSync(
      broken,
      `${readFileSync(join(content, 'generated-00002.mdx'), 'utf8')}\n{(() => { throw new Error('stops the build'); })()}\n`,
    );
    const failed = build('stop-2', { content, cache, mayFail: true });
    expect(failed.status).not.toBe(0);
    // Put back as it was in the first build.
    writeFileSync(first, original);
    rmSync(broken);
  });

  it("with Astro alone (no lock), the next build restores the failed build's page: the bug the lock is for", () => {
    const copy = join(ROOT, 'stop-cache-copy');
    cpSync(cache, copy, { recursive: true });
    rmSync(join(copy, 'astro', LOCK), { recursive: true });
    const stale = build('stop-3-without-lock', { content, cache: copy });
    expect(stale.restored).toContain('/articles/generated-00001/');
    expect(page(stale.dist, 'articles/generated-00001')).toContain('Never Published');
  });

  it('with the lock it left behind, the next build renders every page again, as a clean build does', () => {
    const after = build('stop-3', { content, cache });
    expect(after.restored).toEqual([]);
    expect(page(after.dist, 'articles/generated-00001')).not.toContain('Never Published');
    expect(differences(build('stop-3-clean', { content, clean: true }).dist, after.dist)).toEqual([]);
    expect(build('stop-4', { content, cache }).restored).toContain('/articles/generated-00001/');
  });
});
