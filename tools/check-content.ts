// Runs before `astro build`: checks every article in the content folder and, when any is
// broken, lists all the problems (one line each) and stops the build before dist/ is touched.
//   node tools/check-content.ts        (npm run check:content)
import { existsSync } from 'node:fs';
import { contentDir } from '../src/lib/articles/content-dir.ts';
import { checkContentDir, formatProblem } from './lib/content-check.ts';

const dir = contentDir();
if (!existsSync(dir)) {
  console.error(`Content check: the content folder ${dir} does not exist (set FOLIO_CONTENT_DIR or create it).`);
  process.exit(1);
}
const started = performance.now();
const { files, problems } = checkContentDir(dir);
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  const broken = new Set(problems.map((p) => p.file)).size;
  console.error(
    `Content check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${broken} of ${files} article${files === 1 ? '' : 's'}; nothing was built.`,
  );
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
console.log(`Content check: ${files} article${files === 1 ? '' : 's'} OK (${ms} ms).`);
