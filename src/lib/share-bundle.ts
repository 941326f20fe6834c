// Build-time bundle of the sharing script (src/scripts/share.ts), served as its own file
// with a content hash in its name. Astro inlines a processed <script> only when it has no
// imports, so the page's tiny loader (ShareTools.astro) finds this file by a data attribute
// and imports it on the reader's first interaction: the first load stays one request.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';

let bundle: Promise<{ code: string; version: string }> | undefined;

export function shareBundle(): Promise<{ code: string; version: string }> {
  return (bundle ??= build({
    entryPoints: [resolve('src/scripts/share.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  }).then((result) => {
    const code = result.outputFiles[0]!.text;
    return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 10) };
  }));
}
