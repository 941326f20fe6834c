// Writes the offline service worker, <base>sw.js, once the site is built: it bundles
// src/scripts/service-worker.ts with this build's base path, its shell (the hashed style
// sheets every page links) and a version that changes whenever the shell or the offline page does.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

export async function serviceWorker(base: string, shell: string[], version: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve('src/scripts/service-worker.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    define: {
      FOLIO_BASE: JSON.stringify(base),
      FOLIO_SHELL: JSON.stringify(shell),
      FOLIO_VERSION: JSON.stringify(version),
    },
  });
  return result.outputFiles[0]!.text;
}

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'folio-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const css = (await readdir(join(outDir, '_astro'))).filter((f) => f.endsWith('.css')).sort();
        const shell = css.map((f) => `${base}_astro/${f}`);
        const offlinePage = await readFile(join(outDir, 'offline', 'index.html'));
        const version = createHash('sha256').update(shell.join('\n')).update(offlinePage).digest('hex').slice(0, 12);
        await writeFile(join(outDir, 'sw.js'), await serviceWorker(base, shell, version));
        logger.info(`sw.js written (version ${version}, ${shell.length} file(s) in the shell)`);
      },
    },
  };
}
