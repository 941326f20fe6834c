// The module the installed Pagefind writes still has what the build rewrites: the start polls it
// shortens (tools/lib/pagefind-poll.ts) and the JavaScript inflate it replaces with the browser's
// (tools/lib/pagefind-gunzip.ts). After a Pagefind upgrade this fails before any build does.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUILDS_DIR } from './global-setup.ts';
import { PAGEFIND_POLL, SHORT_POLL_MS, shortenStartPolls } from '../../tools/lib/pagefind-poll.ts';
import { useNativeGunzip } from '../../tools/lib/pagefind-gunzip.ts';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server.ts';

const out = join(BUILDS_DIR, 'pagefind-module');
let source = '';
let server: RunningServer;

beforeAll(async () => {
  const { index } = await pagefind.createIndex({});
  await index!.addHTMLFile({ sourcePath: 'a/index.html', content: '<html lang="en"><body><main>A missile.</main></body></html>' });
  const written = await index!.writeFiles({ outputPath: out });
  await pagefind.close();
  expect(written.errors).toEqual([]);
  source = readFileSync(join(out, 'pagefind.js'), 'utf8');
  writeFileSync(join(out, '404.html'), 'Not found');
  server = await serveStatic(out);
});
afterAll(() => server?.close());

it("the installed Pagefind's module polls as the build expects, and is shortened", () => {
  expect(source.split(PAGEFIND_POLL)).toHaveLength(3);
  const patched = shortenStartPolls(source);
  expect(patched).not.toContain(PAGEFIND_POLL);
  expect(patched.split(`await asyncSleep(${SHORT_POLL_MS});`)).toHaveLength(3);
});

it("the installed Pagefind's module, with the native inflate, finds the page and inflates every file natively", async () => {
  const patched = join(out, 'pagefind-native.mjs');
  writeFileSync(patched, useNativeGunzip(shortenStartPolls(source)));
  const Native = globalThis.DecompressionStream;
  let inflated = 0;
  globalThis.DecompressionStream = class extends Native {
    constructor(format: CompressionFormat) {
      super(format);
      inflated++;
    }
  };
  try {
    // Node has no window: Pagefind searches on this thread, and fetches its files from the server.
    const module = (await import(pathToFileURL(resolve(patched)).href)) as {
      createInstance(o: object): { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    };
    const instance = module.createInstance({ basePath: server.url });
    const found = await instance.search('missile');
    expect(found.results).toHaveLength(1);
    expect((await found.results[0]!.data()).url).toBe('/a/');
    // The wasm, the meta, an index chunk and the page's fragment.
    expect(inflated).toBeGreaterThanOrEqual(4);
  } finally {
    globalThis.DecompressionStream = Native;
  }
});
