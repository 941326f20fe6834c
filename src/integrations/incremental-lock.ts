// Astro's incremental build (experimental.incrementalBuild) keeps, in its cacheDir, one manifest (each
// page's key) and one copy of each page, named by its path and not by its key. That leaves two ways to
// restore a page that is not the one its key stands for:
// - two builds at once with the same cacheDir (other content, language or base): one writes a page's copy,
//   the other writes the manifest last, so the manifest's key and the copy come from different builds;
// - a build that stops after rendering (an error, Ctrl-C) has replaced the copies of the pages it rendered
//   but not the manifest: a later build whose key equals the old manifest's would restore the new copy.
// So a build holds a lock folder in cacheDir from its start to its end (mkdir is atomic). A build that
// finds the lock of a running build renders every page and leaves the cache alone; one that finds the
// lock of a build that is gone deletes the manifest first (every page is rendered, and recorded afresh).
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Astro's manifest of the last build's pages (node_modules/astro/dist/core/build/incremental.js). */
export const MANIFEST = 'incremental-build.json';
export const LOCK = 'folio-incremental.lock';

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock in `cacheDir`: 'taken', or 'busy' when a running build holds it; a dead build's lock is taken over, its manifest deleted. */
export function takeLock(cacheDir: string, pid = process.pid): 'taken' | 'busy' {
  const lock = join(cacheDir, LOCK);
  mkdirSync(cacheDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(pid));
      return 'taken';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      // Taken a moment ago, its pid not yet written: a running build.
      return 'busy';
    }
    if (owner !== pid && running(owner)) return 'busy';
    rmSync(join(cacheDir, MANIFEST), { force: true });
    rmSync(lock, { recursive: true, force: true });
  }
  return 'busy';
}

export const releaseLock = (cacheDir: string): void => rmSync(join(cacheDir, LOCK), { recursive: true, force: true });

export default function incrementalLock(): AstroIntegration {
  let held: string | undefined;
  return {
    name: 'folio-incremental-lock',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        const cacheDir = fileURLToPath(config.cacheDir);
        if (takeLock(cacheDir) === 'taken') held = cacheDir;
        else {
          logger.warn(`another build is using ${cacheDir}: every page is rendered, and the incremental cache left alone`);
          updateConfig({ experimental: { incrementalBuild: false } });
        }
      },
      'astro:build:done': () => {
        if (held) releaseLock(held);
      },
    },
  };
}
