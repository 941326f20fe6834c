import type { Browser } from '@playwright/test';

export interface BenchContext {
  /** A Chromium to measure pages in. */
  browser: Browser;
  /** The built dist/ served on 127.0.0.1, ending in the base path ("http://127.0.0.1:1234/"). */
  siteUrl: string;
  /** The command-line arguments after `npm run bench --`. */
  args: string[];
}

export interface BenchPart {
  title: string;
  /** Prints its figures; returns one line per budget missed (empty when all are met). */
  run(context: BenchContext): Promise<string[]>;
}
