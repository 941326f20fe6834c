// `npm run build` checks the content first, and builds nothing when an article is broken.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv } from './build-env.ts';

const dir = (folder: string) => `tests/fixtures/bad-content/${folder}`;

describe('npm run build with a broken article', () => {
  it('stops before Astro runs, listing the problems', () => {
    const before = existsSync('dist') ? statSync('dist').mtimeMs : undefined;
    const run = spawnSync('npm', ['run', '-s', 'build'], {
      env: buildEnv({ FOLIO_CONTENT_DIR: dir('many-problems') }),
      encoding: 'utf8',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('Content check: 7 problems in 2 of 2 articles; nothing was built.');
    expect(output).toContain(`${dir('many-problems')}/second.mdx:6: date:`);
    expect(output).not.toMatch(/astro|pagefind/i);
    expect(existsSync('dist') ? statSync('dist').mtimeMs : undefined).toBe(before);
  });
});

describe('astro build held at the content gate (npm run build pipes the check into it)', () => {
  it('writes nothing when the check fails, however long the check takes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'folio-gate-')), 'dist');
    try {
      // The standard input closed without "ok": what npm run build's pipe does when the check fails.
      const run = spawnSync('npx', ['astro', 'build'], {
        env: buildEnv({ FOLIO_CONTENT_GATE: 'stdin', FOLIO_OUT_DIR: out, FOLIO_CONTENT_DIR: dir('many-problems') }),
        input: '',
        encoding: 'utf8',
      });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}\n${run.stderr}`).toContain('Build stopped: the content check failed.');
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });
});

describe('npm run check:content -- --fix', () => {
  it('npm run check:content -- --fix writes the markers and names no file afterwards', () => {
    const out = mkdtempSync(join(tmpdir(), 'folio-fix-'));
    try {
      const article = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
      writeFileSync(join(out, 'unmarked.mdx'), article.replace(/^¶\d+ /gm, ''));
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ['tools/check-content.ts', ...args], {
          env: { ...process.env, FOLIO_CONTENT_DIR: out },
          encoding: 'utf8',
        });
      expect(run().stdout).toMatch(/unmarked\.mdx has paragraphs without "¶" markers.*npm run check:content -- --fix/);
      expect(run('--fix').status).toBe(0);
      expect(readFileSync(join(out, 'unmarked.mdx'), 'utf8')).toBe(article);
      expect(run().stdout).not.toMatch(/without "¶" markers/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
