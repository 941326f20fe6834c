import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/articles/schema.ts';
import { contentDir } from './lib/articles/content-dir.ts';
import { articleLoader } from './collection/loader.ts';

// Articles are MDX files under content/articles/ (FOLIO_CONTENT_DIR overrides it,
// so tests and benchmarks can build other content without touching content/).
const articles = defineCollection({
  loader: articleLoader({ base: contentDir() }),
  schema: articleSchema,
});

export const collections = { articles };
