// The sharing script (dist/_astro/share.<hash>.js): loaded only on interaction, so it is not in the
// first-load figures; its own budget is 3 KB brotli. The passage code it imports on the first
// selection is listed beside it. Also checks it is not requested on first load.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import type { BenchPart } from './types.ts';

const BUDGET = 3_000;
const SHARE_FILE = /^share\.\w+\.js$/;
const ARTICLE = 'articles/turning-a-happy-hour-into-a-happy-alliance/';

const part: BenchPart = {
  title: 'Sharing script (lazy: loaded on first interaction)',
  async run({ browser, siteUrl }) {
    const failures: string[] = [];
    const files = readdirSync('dist/_astro').filter((f) => SHARE_FILE.test(f));
    for (const file of files) {
      const body = readFileSync(`dist/_astro/${file}`);
      const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      const ok = brotli <= BUDGET;
      console.log(`_astro/${file}: ${body.length} B raw, ${brotli} B brotli (budget ≤ ${BUDGET} B): ${ok ? 'ok' : 'OVER'}`);
      if (!ok) failures.push(`_astro/${file} is ${brotli} B brotli (budget ${BUDGET} B)`);
      // Modules it imports later: the passage code, on the first selection in the article.
      for (const [, chunk] of body.toString().matchAll(/import\("\.\/(chunk\.\w+\.js)"\)/g)) {
        const later = readFileSync(`dist/_astro/${chunk}`);
        const size = brotliCompressSync(later, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        console.log(`  + _astro/${chunk} (imported on the first selection): ${later.length} B raw, ${size} B brotli`);
      }
    }
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(new URL(ARTICLE, siteUrl).href, { waitUntil: 'networkidle' });
    const eager = requested.some((u) => SHARE_FILE.test(u.split('/').pop()!));
    console.log(`requested on first load: ${eager ? 'yes (should not be)' : 'no'}`);
    if (eager) failures.push('the sharing script is requested on first load');
    await page.hover('#p2');
    await page.waitForLoadState('networkidle');
    console.log(`requested after the first hover: ${requested.some((u) => SHARE_FILE.test(u.split('/').pop()!)) ? 'yes' : 'no'}`);
    await page.close();
    return failures;
  },
};
export default part;
