// The module the installed Pagefind writes still has the start polls the build shortens
// (tools/lib/pagefind-poll.ts): after a Pagefind upgrade this fails before any build does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { expect, it } from 'vitest';
import { BUILDS_DIR } from './global-setup.ts';
import { PAGEFIND_POLL, SHORT_POLL_MS, shortenStartPolls } from '../../tools/lib/pagefind-poll.ts';

it("the installed Pagefind's module polls as the build expects, and is shortened", async () => {
  const out = join(BUILDS_DIR, 'pagefind-module');
  const { index } = await pagefind.createIndex({});
  await index!.addHTMLFile({ sourcePath: 'a/index.html', content: '<html lang="en"><body><main>A missile.</main></body></html>' });
  const written = await index!.writeFiles({ outputPath: out });
  await pagefind.close();
  expect(written.errors).toEqual([]);
  const source = readFileSync(join(out, 'pagefind.js'), 'utf8');
  expect(source.split(PAGEFIND_POLL)).toHaveLength(3);
  const patched = shortenStartPolls(source);
  expect(patched).not.toContain(PAGEFIND_POLL);
  expect(patched.split(`await asyncSleep(${SHORT_POLL_MS});`)).toHaveLength(3);
});
