// Build-time bundles of browser scripts (src/scripts/), each served as its own file with a
// content hash in its name. Astro inlines a processed <script> only when it has no imports,
// so a page's tiny loader (ShareTools.astro, EpubDownload.astro) finds the file by a data
// attribute and imports it on the reader's first interaction: the first load stays one request.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export type ScriptBundle = { code: string; version: string };

const bundles = new Map<string, Promise<ScriptBundle>>();

export function scriptBundle(entry: string): Promise<ScriptBundle> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build({
      entryPoints: [resolve(entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
    }).then((result) => {
      const code = result.outputFiles[0]!.text;
      return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 10) };
    });
    bundles.set(entry, bundle);
  }
  return bundle;
}

export const shareBundle = (): Promise<ScriptBundle> => scriptBundle('src/scripts/share.ts');

/** The EPUB writer (src/scripts/epub.ts, with its zip library): loaded only when a reader asks for an e-book. */
export const epubBundle = (): Promise<ScriptBundle> => scriptBundle('src/scripts/epub.ts');
