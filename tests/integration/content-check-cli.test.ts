// `npm run build` checks the content first, and builds nothing when an article is broken.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = (folder: string) => `tests/fixtures/bad-content/${folder}`;

describe('npm run build with a broken article', () => {
  it('stops before Astro runs, listing the problems', () => {
    const before = existsSync('dist') ? statSync('dist').mtimeMs : undefined;
    const run = spawnSync('npm', ['run', '-s', 'build'], {
      env: { ...process.env, FOLIO_CONTENT_DIR: dir('many-problems'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
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
