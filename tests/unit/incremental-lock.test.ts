import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK, MANIFEST, releaseLock, takeLock } from '../../src/integrations/incremental-lock.ts';

const ended = (): number => spawnSync('true').pid!;

describe('the incremental cache lock', () => {
  it('is taken by one build at a time, and free again once released', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    expect(takeLock(dir)).toBe('taken');
    expect(readFileSync(join(dir, LOCK, 'pid'), 'utf8')).toBe(String(process.pid));
    expect(takeLock(dir, ended())).toBe('busy'); // another build, while this process runs
    releaseLock(dir);
    expect(takeLock(dir, ended())).toBe('taken');
  });

  it('is taken over from a build that ended without releasing it, whose manifest is deleted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    writeFileSync(join(dir, MANIFEST), '{}');
    expect(takeLock(dir, ended())).toBe('taken');
    expect(existsSync(join(dir, MANIFEST))).toBe(true); // a free lock: the last build ended well
    expect(takeLock(dir)).toBe('taken');
    expect(existsSync(join(dir, MANIFEST))).toBe(false);
    expect(readFileSync(join(dir, LOCK, 'pid'), 'utf8')).toBe(String(process.pid));
  });
});
