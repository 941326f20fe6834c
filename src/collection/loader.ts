// The articles collection's loader: every content/articles/**/*.mdx file, validated by the
// collection's schema. It differs from Astro's glob loader in what it stores, for the cost of
// large builds: compiling one MDX module per article, and a store holding every body and its
// HTML, dominate a large build's time and memory (figures: docs/benchmarks.md):
// - An article in plain MDX (no components, {expressions}, import/export or images) is not
//   compiled to a module: its page renders it with src/collection/body.ts. Articles that use
//   those features are left to @astrojs/mdx (`deferredRender`), as the glob loader does.
// - The store keeps neither the body nor its HTML, only what the pages need without them
//   (src/lib/articles/stats.ts) in `rendered.metadata.stats`; `rendered.html` is empty. So
//   pages render bodies with renderArticleBody(entry), never with render(entry).
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { articleFiles, entryId } from '../lib/articles/files.ts';
import { bodyStats } from '../lib/articles/stats.ts';
import { numberParagraphs } from '../lib/paragraphs/numbering.ts';
import { needsModule, parseMdx } from '../markdown/render-article.ts';

/**
 * Does this MDX body need @astrojs/mdx (also when it does not parse: MDX then reports the
 * error, with its line), and what is its first paragraph's number?
 */
function readBody(body: string, retired: string[]): { needsModule: boolean; firstParagraph?: string | undefined } {
  try {
    const tree = parseMdx(body, { position: false });
    return { needsModule: needsModule(tree), firstParagraph: numberParagraphs(tree, retired).paragraphs[0]?.number };
  } catch {
    return { needsModule: true };
  }
}

/** The schema's and its helpers' source: an entry stored by an older schema is parsed again. */
const schemaSource = ['../lib/articles/schema.ts', '../lib/articles/authors.ts']
  .map((file) => readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'))
  .join('\n');

/** Articles being loaded at the same time. */
const READ_CONCURRENCY = 32;

export function articleLoader(options: { base: string }): Loader {
  return {
    name: 'folio-articles',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, options.base);
      const fileIds = new Map<string, string>();

      async function load(file: string) {
        const path = join(dir, file);
        // Read synchronously: for small files it is several times cheaper than fs.promises (docs/benchmarks.md).
        const source = readFileSync(path, 'utf8');
        const { frontmatter, content } = parseFrontmatter(source);
        const id = entryId(file);
        fileIds.set(file, id);
        const filePath = relative(root, path).split('\\').join('/');
        // The path is part of the digest: the store keeps an entry whose digest is unchanged, so the
        // same file read from another folder would otherwise keep its old path.
        const digest = generateDigest(`${schemaSource}\n${filePath}\n${source}`);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.filePath === filePath) {
          if (existing.deferredRender) store.addModuleImport(filePath);
          return;
        }
        const data = await parseData({ id, data: frontmatter, filePath: path });
        const body = content.trim();
        const retired = Object.keys((frontmatter['retiredParagraphs'] as object | undefined) ?? {});
        const { needsModule, firstParagraph } = readBody(body, retired);
        const stats = bodyStats(body, needsModule, firstParagraph, (data as { lang?: string }).lang);
        store.set({
          id,
          data,
          filePath,
          digest,
          rendered: { html: '', metadata: { stats } },
          ...(stats.needsModule && { deferredRender: true }),
        });
      }

      if (!existsSync(dir)) logger.warn(`The articles folder ${dir} does not exist.`);
      const files = existsSync(dir) ? articleFiles(dir) : [];
      // A bounded number of articles in hand at once (each waits for parseData), so that 30,000
      // sources are not all held in memory together.
      const reading = pLimit(READ_CONCURRENCY);
      await Promise.all(files.map((file) => reading(() => load(file))));
      const ids = new Set(fileIds.values());
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);

      // `astro dev`: follow edits, new files and deletions.
      if (!watcher) return;
      watcher.add(dir);
      const articleFile = (path: string) => {
        const file = relative(dir, path);
        return path.endsWith('.mdx') && !file.startsWith('..') && articleFiles(dir).includes(file) ? file : undefined;
      };
      const reload = async (path: string) => {
        const file = articleFile(path);
        if (!file) return;
        const oldId = fileIds.get(file);
        try {
          await load(file);
          if (oldId && oldId !== fileIds.get(file)) store.delete(oldId);
          logger.info(`Reloaded ${file}`);
        } catch (error) {
          logger.error(`Could not load ${file}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        const file = relative(dir, path);
        const id = fileIds.get(file);
        if (id === undefined) return;
        store.delete(id);
        fileIds.delete(file);
      });
    },
  };
}
