// `npm run new` as an editor runs it: the file it writes, and the addresses it refuses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

describe('npm run new', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'folio-new-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const r = spawnSync('npm', ['run', '-s', 'new', '--', ...args], { env: { ...process.env, FOLIO_CONTENT_DIR: dir }, encoding: 'utf8' });
    return { status: r.status, out: r.stdout, err: r.stderr };
  };

  it('writes the scaffold under an address from the title, and refuses a duplicate', () => {
    const first = run('Café Россия');
    expect(first.status).toBe(0);
    expect(first.out).toContain('cafe-rossiya.mdx (address /articles/cafe-rossiya/)');
    expect(readFileSync(join(dir, 'cafe-rossiya.mdx'), 'utf8')).toMatch(/^title: "Café Россия"$/m);
    const again = run('Cafe Rossiya');
    expect(again.status).not.toBe(0);
    expect(again.err).toContain('cafe-rossiya.mdx already exists: nothing was written');
  });

  it('refuses an address another file already has', () => {
    writeFileSync(join(dir, 'Old Name.mdx'), 'x');
    const r = run('Old Name');
    expect(r.status).not.toBe(0);
    expect(r.err).toMatch(/Old Name\.mdx already has the address \/articles\/old-name\/: nothing was written/);
    expect(readdirSync(dir)).toEqual(['Old Name.mdx']);
  });
});
