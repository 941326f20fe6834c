// Starts each integration run with no builds from an earlier one (build-fixture.ts), and removes them at the end.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where the run's shared builds go (inside the project: Astro cannot build content from outside its root). */
export const BUILDS_DIR = join('tmp', 'integration-builds');

export default function setup() {
  rmSync(BUILDS_DIR, { recursive: true, force: true });
  mkdirSync(BUILDS_DIR, { recursive: true });
  return () => rmSync(BUILDS_DIR, { recursive: true, force: true });
}
