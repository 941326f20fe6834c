// `npm run check:content -- --fix` freezes the numbers the build gives unmarked paragraphs:
// after it, a rebuild of the reading fixtures (every GFM feature, with and without "¶"
// markers) gives byte-identical pages.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './build-env.ts';

mkdirSync('tmp', { recursive: true });
const work = mkdtempSync(join('tmp', 'reading-fixtures-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = buildEnv({ FOLIO_CONTENT_DIR: content });
function build(outDir: string) {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}
const pages = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('the reading fixtures', () => {
  it('build, and build to the same pages after --fix writes their paragraph numbers', () => {
    cpSync('tests/fixtures/reading', content, { recursive: true });
    const before = readFileSync(join(content, 'every-feature.mdx'), 'utf8');
    build(join(work, 'before'));

    const fix = spawnSync(process.execPath, ['tools/check-content.ts', '--fix'], { env, encoding: 'utf8' });
    expect(fix.status).toBe(0);
    const after = readFileSync(join(content, 'every-feature.mdx'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('\n¶1 The harbour ledgers');
    expect(after).toContain('\n¶6 The last ledger');
    expect(readFileSync(join(content, 'partly-marked.mdx'), 'utf8')).toContain('\n¶1a A paragraph inserted');

    build(join(work, 'after'));
    const [a, b] = [pages(join(work, 'before')), pages(join(work, 'after'))];
    expect(a.length).toBeGreaterThan(3);
    expect(b.map(([f]) => f)).toEqual(a.map(([f]) => f));
    for (const [i, [file, html]] of a.entries()) expect(b[i]![1], file).toBe(html);
  }, 600_000);
});
