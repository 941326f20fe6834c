// npm run new -- "Title" [--slug <slug>]
// Scaffolds content/articles/<slug>.mdx (or FOLIO_CONTENT_DIR) with every field marked
// FILL IN. The build refuses the article until every FILL IN is replaced.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/articles/content-dir.ts';
import { isSlug, slugFromTitle, validateArticle } from './lib/article-file.ts';
import { formatProblem, PLACEHOLDER } from './lib/content-check.ts';
import { addressTaken } from './lib/addresses.ts';
import { scaffold } from './lib/scaffold.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' } } });
const title = positionals.join(' ').replace(/\s+/g, ' ').trim();
if (!title) fail('usage: npm run new -- "The Article’s Title" [--slug <slug>]');
const slug = values.slug ?? slugFromTitle(title);
if (!isSlug(slug)) fail(`cannot use ${JSON.stringify(slug)} as an address: pass --slug with lower-case ASCII letters, digits and hyphens`);

const dir = contentDir();
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} already exists: nothing was written. Choose another title or pass --slug.`);
const clash = addressTaken(dir, slug);
if (clash) fail(`${clash} already has the address /articles/${slug}/: nothing was written. Pass --slug to choose another.`);

const mdx = scaffold(title);
// Anything but the FILL IN notes would be a bug in the scaffold (or an odd title).
const problems = validateArticle(file, mdx).filter((p) => !PLACEHOLDER.test(p.message));
if (problems.length) fail(`the new article would not build, so nothing was written:\n${problems.map(formatProblem).join('\n')}`);

mkdirSync(dir, { recursive: true });
writeFileSync(file, mdx);
console.log(`Wrote ${file} (address /articles/${slug}/).
Replace every FILL IN in it. \`npm run dev\` shows it as you write; \`npm run build\` refuses it,
listing each FILL IN left, until it is finished.`);
