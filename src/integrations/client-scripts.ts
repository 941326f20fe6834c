// Builds the browser code (src/scripts/) with esbuild in one step: each feature's module is an
// entry, modules they share are split into chunks, and every file gets a content hash in its name
// under the build's assets folder (`_astro/`, cached as immutable). Pages learn each entry's address
// through the virtual module `virtual:folio/scripts`, with the chunks each entry imports, so that the
// loader fetches them beside the entry instead of one round trip after it; in `astro dev` it points
// at the source files, which Vite serves. The loader (src/scripts/loader/) is bundled after them, with their addresses,
// into one file of its own; last, every page's inline head script (src/scripts/head.ts), which imports the loader at the
// reader's first interaction, into the text that BaseLayout.astro inlines (`virtual:folio/head-script`) and the CSP allows by its hash.
// The search's interface strings, in the site's language, are a second virtual module bundled into the search code.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { SITE_LANG, translator } from '../i18n/index.ts';
import { searchStrings } from '../i18n/search-keys.ts';

/** A built file: its name in the assets folder and its bytes. */
interface Built {
  name: string;
  contents: Uint8Array;
}

/** Each feature's entry module (the names the loader asks for). */
export const ENTRIES = {
  share: 'src/scripts/share.ts',
  'search-dialog': 'src/scripts/search/dialog.ts',
  'search-page': 'src/scripts/search/page.ts',
  'search-highlight': 'src/scripts/search/highlight.ts',
  epub: 'src/scripts/epub.ts',
} as const;

/** The loader: bundled alone, after the entries, since it holds their addresses. */
export const LOADER = 'src/scripts/loader/index.ts';
/** Every page's inline head script: bundled last, since it holds the loader's address and the dialog's. */
export const HEAD = 'src/scripts/head.ts';
/** What the head script imports (`head` in src/scripts/head.ts), and the head script's text for BaseLayout.astro (`text`). */
const HEAD_ID = 'virtual:folio/head';
const HEAD_TEXT_ID = 'virtual:folio/head-script';

const VIRTUAL_ID = 'virtual:folio/scripts';
/** The search's interface strings in the site's language, bundled into the search code (src/scripts/search/strings.ts). */
const STRINGS_ID = 'virtual:folio/search-strings';
const stringsModule = () => `export default ${JSON.stringify(searchStrings(translator(SITE_LANG)))};`;

/** Resolves STRINGS_ID for esbuild (the build); Vite's plugin below does it for `astro dev`. */
const stringsPlugin: Plugin = {
  name: 'folio-search-strings',
  setup(b) {
    b.onResolve({ filter: /^virtual:folio\/search-strings$/ }, () => ({ path: STRINGS_ID, namespace: 'folio' }));
    b.onLoad({ filter: /.*/, namespace: 'folio' }, () => ({ contents: stringsModule(), loader: 'js' }));
  },
};

/** Bundles the entries; returns the files to write, each entry's file name in the assets folder, and the chunks it imports. */
export async function bundleScripts(
  root: string,
  base: string,
): Promise<{ files: Built[]; names: Record<string, string>; chunks: Record<string, string[]> }> {
  const outdir = join(root, '.client-scripts'); // only names paths: nothing is written (write: false)
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries(ENTRIES).map(([out, path]) => ({ in: path, out })),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    entryNames: '[name].[hash]',
    chunkNames: 'chunk.[hash]',
    outdir,
    write: false,
    metafile: true,
    plugins: [stringsPlugin],
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    logLevel: 'warning',
  });
  const names: Record<string, string> = {};
  const chunks: Record<string, string[]> = {};
  const outputs = result.metafile.outputs;
  const inAssets = (file: string) => relative(relative(root, outdir), file);
  /** The chunks `file` imports statically, and theirs in turn. */
  const imported = (file: string, seen = new Set<string>()): Set<string> => {
    for (const { path, kind } of outputs[file]?.imports ?? [])
      if (kind === 'import-statement' && !seen.has(path)) imported(path, seen.add(path));
    return seen;
  };
  for (const [file, output] of Object.entries(outputs)) {
    const entry = Object.entries(ENTRIES).find(([, path]) => output.entryPoint === path);
    if (!entry) continue;
    names[entry[0]] = inAssets(file);
    chunks[entry[0]] = [...imported(file)].map(inAssets);
  }
  const files = result.outputFiles.map((f) => ({ name: relative(outdir, f.path), contents: f.contents }));
  return { files, names, chunks };
}

/** Resolves the virtual module `id` to `code` for esbuild. */
function virtualModule(id: string, code: string): Plugin {
  return {
    name: id,
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${id}$`) }, () => ({ path: id, namespace: 'folio-virtual' }));
      b.onLoad({ filter: /.*/, namespace: 'folio-virtual' }, () => ({ contents: code, loader: 'js' }));
    },
  };
}

/** Bundles the loader into one file (no chunks: it is the one fetch at the first interaction), with `code` as its `virtual:folio/scripts`. */
export async function bundleLoader(root: string, base: string, code: string): Promise<Built> {
  const outdir = join(root, '.client-scripts');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [{ in: LOADER, out: 'loader' }],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    entryNames: '[name].[hash]',
    outdir,
    write: false,
    plugins: [virtualModule(VIRTUAL_ID, code)],
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  return { name: relative(outdir, file!.path), contents: file!.contents };
}

/** Bundles the head script (HEAD) into the text of a classic script, with the addresses it imports at the reader's first interaction. */
export async function bundleHead(root: string, base: string, head: { loader: string; dialog: string[] }): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [HEAD],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    plugins: [virtualModule(HEAD_ID, `export const head = ${JSON.stringify(head)};`)],
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } }, // no "use strict" prologue: it would cost every page 13 bytes
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text.trim();
}

/** The hash of an inline script's text as security.csp wants it ("sha256-…", no quotes). */
const scriptHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default function clientScripts(): AstroIntegration {
  let files: Built[] = [];
  let assets = '_astro';
  return {
    name: 'folio-client-scripts',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
        let urls: Record<string, string>;
        let chunks: Record<string, string[]> = {};
        let loader = `${base}${LOADER}`;
        const modules = () => `export const scripts = ${JSON.stringify(urls)};\nexport const chunks = ${JSON.stringify(chunks)};`;
        if (command === 'build') {
          const bundle = await bundleScripts(root, base);
          const url = (file: string) => `${base}${assets}/${file}`;
          urls = Object.fromEntries(Object.entries(bundle.names).map(([name, file]) => [name, url(file)]));
          chunks = Object.fromEntries(Object.entries(bundle.chunks).map(([name, list]) => [name, list.map(url)]));
          const loaderFile = await bundleLoader(root, base, modules());
          files = [...bundle.files, loaderFile];
          loader = url(loaderFile.name);
        } else {
          urls = Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, `${base}${path}`]));
        }
        // The head script names the loader's address, so its text and hash (which the CSP allows) are known only now.
        const head = await bundleHead(root, base, { loader, dialog: [urls['search-dialog']!, ...(chunks['search-dialog'] ?? [])] });
        const code = modules();
        const ids: Record<string, () => string> = {
          [VIRTUAL_ID]: () => code,
          [STRINGS_ID]: stringsModule,
          [HEAD_TEXT_ID]: () => `export const text = ${JSON.stringify(head)};`,
        };
        updateConfig({
          security: { csp: { algorithm: 'SHA-256', scriptDirective: { hashes: [scriptHash(head)] } } },
          vite: {
            plugins: [
              {
                name: 'folio-client-scripts',
                resolveId: (id) => (id in ids ? `\0${id}` : undefined),
                load: (id) => (id.startsWith('\0') ? ids[id.slice(1)]?.() : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = join(fileURLToPath(dir), assets);
        await mkdir(outDir, { recursive: true });
        for (const file of files) await writeFile(join(outDir, file.name), file.contents);
        logger.info(`${files.length} client scripts written to ${assets}/`);
      },
    },
  };
}
