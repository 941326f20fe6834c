// Building with a bad article must fail, and say which file and which field.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'folio-bad-build-'));
  try {
    const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, FOLIO_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const cases: [folder: string, field: RegExp][] = [
  ['missing-author', /author: is required/],
  ['impossible-date', /date: must be a real calendar date written YYYY-MM-DD \(found "2010-02-30"\)/],
  ['javascript-url', /source\.url: must be an absolute http\(s\) URL .*found "javascript:alert\(1\)"/],
  ['empty-disclaimer', /disclaimer: must not be empty/],
  ['unknown-key', /has unknown field "autor"/],
];

describe('a build with bad frontmatter', () => {
  it.each(cases)('fails for %s, naming the file and the field', (folder, field) => {
    const { status, output } = build(`tests/fixtures/bad-content/${folder}`);
    expect(status).not.toBe(0);
    expect(output).toMatch(field);
    expect(output).toContain(`tests/fixtures/bad-content/${folder}/broken-article.mdx`);
  });
});
