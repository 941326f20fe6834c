// One `astro build` per content folder per test run, shared by every test file that asks for it.
// Builds run one at a time (a lock folder): they share Astro's content cache, and the machine's cores.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { BUILDS_DIR } from './global-setup.ts';
import { buildEnv } from './build-env.ts';

export interface FixtureBuild {
  /** The built site, or undefined when the build failed. */
  dist: string | undefined;
  status: number | null;
  output: string;
}

async function withLock<T>(work: () => T): Promise<T> {
  const lock = join(BUILDS_DIR, 'lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      await sleep(250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The build of the articles in `contentDir`, made on first request in this run and reused after. */
export async function buildFixture(contentDir: string): Promise<FixtureBuild> {
  const dist = join(BUILDS_DIR, contentDir.replace(/[^\w-]+/g, '_'));
  const record = `${dist}.json`;
  return withLock(() => {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as FixtureBuild;
    const run = spawnSync('npx', ['astro', 'build', '--force', '--outDir', dist], {
      env: buildEnv({ FOLIO_CONTENT_DIR: contentDir }),
      encoding: 'utf8',
    });
    const build: FixtureBuild = {
      dist: run.status === 0 ? dist : undefined,
      status: run.status,
      output: `${run.stdout}\n${run.stderr}`,
    };
    writeFileSync(record, JSON.stringify(build));
    return build;
  });
}

/** Like buildFixture, but throws with Astro's output when the build fails. */
export async function builtSite(contentDir: string): Promise<string> {
  const build = await buildFixture(contentDir);
  if (!build.dist) throw new Error(`build of ${contentDir} failed:\n${build.output}`);
  return build.dist;
}
