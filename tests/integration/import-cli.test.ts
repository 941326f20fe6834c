// `npm run import` as an editor runs it: what it writes, and what it refuses to write.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SEED = 'tests/fixtures/seed/000_88b5449c8e31528e.txt';
const SECOND = 'tests/fixtures/import/second-article.txt';
const seedText = readFileSync(SEED, 'utf8');

describe('npm run import', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'folio-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const r = spawnSync('npm', ['run', '-s', 'import', '--', ...args], {
      env: { ...process.env, FOLIO_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    return { status: r.status, out: r.stdout, err: r.stderr };
  };

  it('writes the article, then refuses to overwrite it without --force', () => {
    const first = run(SEED);
    expect(first.status).toBe(0);
    expect(first.out).toContain(
      'turning-a-happy-hour-into-a-happy-alliance.mdx: "Turning a Happy Hour Into a Happy Alliance" by Dmitry Trenin, 2010-11-21, 10 paragraphs.',
    );
    expect(first.out).toContain('rejoined a paragraph split mid-sentence');
    const file = join(dir, 'turning-a-happy-hour-into-a-happy-alliance.mdx');
    writeFileSync(file, 'edited by hand');
    const again = run(SEED);
    expect(again.status).not.toBe(0);
    expect(again.err).toContain('already exists: nothing was written. Pass --force');
    expect(readFileSync(file, 'utf8')).toBe('edited by hand');
    expect(run(SEED, '--force').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8'));
  });

  it('imports under another slug, and refuses a bad one', () => {
    expect(run(SECOND, '--slug', 'narva').status).toBe(0);
    expect(existsSync(join(dir, 'narva.mdx'))).toBe(true);
    const bad = run(SECOND, '--slug', 'Narva Café');
    expect(bad.status).not.toBe(0);
    expect(bad.err).toMatch(/--slug "Narva Café": use lower-case ASCII letters/);
  });

  it('writes nothing for a broken file, and says which line is wrong', () => {
    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, seedText.replace('November 21, 2010', 'Someday'));
    const r = run(broken);
    expect(r.status).not.toBe(0);
    expect(r.err).toContain(`${broken}: line 8: expected the date of publication after the author`);
    expect(readdirSync(dir)).toEqual(['broken.txt']);
  });

  it('writes nothing when the result would not pass the schema', () => {
    const r = run(SEED, '--description', ' ');
    expect(r.status).not.toBe(0);
    expect(r.err).toMatch(/the article would not build, so nothing was written:\n.*:3: description: must not be empty/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
