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
// - For many articles the bodies are parsed for those stats on a worker thread (body-reader.ts),
//   beside this thread's reading, validation and storing.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { articleFiles, entryId } from '../lib/articles/files.ts';
import { bodyReader, type BodyReader } from './body-reader.ts';

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
      // Hashed once, not with every file: it was 7 KB more to hash for each article.
      const schemaDigest = generateDigest(schemaSource);

      async function load(file: string, bodies: BodyReader) {
        const path = join(dir, file);
        // Read synchronously: for small files it is several times cheaper than fs.promises (docs/benchmarks.md).
        const source = readFileSync(path, 'utf8');
        const { frontmatter, content } = parseFrontmatter(source);
        const id = entryId(file);
        fileIds.set(file, id);
        const filePath = relative(root, path).split('\\').join('/');
        // The path is part of the digest: the store keeps an entry whose digest is unchanged, so the
        // same file read from another folder would otherwise keep its old path.
        const digest = generateDigest(`${schemaDigest}\n${filePath}\n${source}`);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.filePath === filePath) {
          if (existing.deferredRender) store.addModuleImport(filePath);
          return;
        }
        // The body is parsed (on the worker, for many articles) while parseData validates the frontmatter.
        const retired = Object.keys((frontmatter['retiredParagraphs'] as object | undefined) ?? {});
        const lang = typeof frontmatter['lang'] === 'string' ? frontmatter['lang'] : undefined; // as the schema passes it
        const parsing = bodies.stats(content.trim(), retired, lang);
        parsing.catch(() => {}); // awaited below, unless parseData throws first
        const data = await parseData({ id, data: frontmatter, filePath: path });
        const stats = await parsing;
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
      const bodies = bodyReader(files.length);
      try {
        await Promise.all(files.map((file) => reading(() => load(file, bodies))));
      } finally {
        bodies.close();
      }
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
          await load(file, bodyReader(1));
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
