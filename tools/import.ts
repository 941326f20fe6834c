// npm run import -- <file.txt> [--slug <slug>] [--publisher "Name"] [--description "…"] [--force]
// Turns an op-ed submitted as plain text into content/articles/<slug>.mdx (or
// FOLIO_CONTENT_DIR), reporting every repair. Writes nothing when the result would not build.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/articles/content-dir.ts';
import { isSlug, validateArticle } from './lib/article-file.ts';
import { formatProblem } from './lib/content-check.ts';
import { importArticle } from './lib/import-article.ts';
import { ImportError } from './lib/plain-text-article.ts';
import { addressTaken } from './lib/addresses.ts';

const usage = 'usage: npm run import -- <file.txt> [--slug <slug>] [--publisher "Name"] [--description "…"] [--force]';
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, publisher: { type: 'string' }, description: { type: 'string' }, force: { type: 'boolean' } },
});
if (positionals.length !== 1) fail(usage);
const input = positionals[0]!;
if (!existsSync(input)) fail(`${input}: no such file`);
if (values.slug !== undefined && !isSlug(values.slug))
  fail(`--slug ${JSON.stringify(values.slug)}: use lower-case ASCII letters, digits and hyphens, such as "my-article"`);

let imported;
try {
  imported = importArticle(readFileSync(input), { slug: values.slug, publisher: values.publisher, description: values.description });
} catch (error) {
  if (error instanceof ImportError) fail(`${input}: ${error.message}`);
  throw error;
}

const dir = contentDir();
const file = join(dir, `${imported.slug}.mdx`);
const problems = validateArticle(file, imported.mdx);
if (problems.length) fail(`${input}: the article would not build, so nothing was written:\n${problems.map(formatProblem).join('\n')}`);

if (existsSync(file) && !values.force)
  fail(`${file} already exists: nothing was written. Pass --force to replace it, or --slug to import under another address.`);
const clash = addressTaken(dir, imported.slug, file);
if (clash) fail(`${clash} already has the address /articles/${imported.slug}/: nothing was written. Pass --slug to choose another.`);

mkdirSync(dir, { recursive: true });
writeFileSync(file, imported.mdx);
const paragraphs = imported.mdx.match(/^¶\d+ /gm)?.length ?? 0;
console.log(
  `Wrote ${file}: "${imported.frontmatter.title}" by ${imported.frontmatter.author.name}, ${imported.frontmatter.date}, ${paragraphs} paragraphs.`,
);
if (imported.repairs.length) {
  console.log(`Repairs (check them against the original):`);
  for (const r of imported.repairs) console.log(`  - ${r}`);
}
console.log(`Description (from the first paragraph; edit it if it does not stand alone): ${imported.frontmatter.description}`);
