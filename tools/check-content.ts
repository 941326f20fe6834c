// Runs before `astro build`: checks every article in the content folder and, when any is
// broken, lists all the problems (one line each) and stops the build before dist/ is touched.
// Articles with paragraphs that have no "¶" marker build (numbered as docs/paragraph-ids.md
// says); one notice names them, and `--fix` writes those numbers into the files.
//   node tools/check-content.ts [--fix]        (npm run check:content [-- --fix])
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/articles/content-dir.ts';
import { articleFiles } from '../src/lib/articles/files.ts';
import { checkContentDir, formatProblem, freezeParagraphNumbers } from './lib/content-check.ts';

const { values } = parseArgs({ options: { fix: { type: 'boolean', default: false } } });
const dir = contentDir();
if (!existsSync(dir)) {
  console.error(`Content check: the content folder ${dir} does not exist (set FOLIO_CONTENT_DIR or create it).`);
  process.exit(1);
}
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const started = performance.now();
const { files, problems, unmarked } = checkContentDir(dir);
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  const broken = new Set(problems.map((p) => p.file)).size;
  console.error(`Content check: ${plural(problems.length, 'problem')} in ${broken} of ${plural(files, 'article')}; nothing was built.`);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
if (values.fix) {
  let written = 0;
  for (const file of articleFiles(dir)) {
    const path = join(dir, file);
    const fixed = freezeParagraphNumbers(readFileSync(path, 'utf8'));
    if (fixed === null) continue;
    writeFileSync(path, fixed);
    written++;
  }
  console.log(`Content check: ${plural(files, 'article')} OK; wrote "¶" markers into ${plural(written, 'article')} (${ms} ms).`);
} else {
  console.log(`Content check: ${plural(files, 'article')} OK (${ms} ms).`);
  if (unmarked.length) {
    const shown = unmarked.length > 5 ? `${unmarked.slice(0, 5).join(', ')} and ${unmarked.length - 5} more` : unmarked.join(', ');
    console.log(
      `Note: ${shown} ${unmarked.length === 1 ? 'has' : 'have'} paragraphs without "¶" markers, numbered by the build (docs/paragraph-ids.md); to keep their links when text is inserted, freeze the numbers with: npm run check:content -- --fix`,
    );
  }
}
