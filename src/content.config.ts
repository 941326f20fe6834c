import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema.ts';
import { contentDir } from './lib/content-dir.ts';

// Articles are MDX files under content/articles/ (FOLIO_CONTENT_DIR overrides it,
// so tests and benchmarks can build other content without touching content/).
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: contentDir() }),
  schema: articleSchema,
});

export const collections = { articles };
