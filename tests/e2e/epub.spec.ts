// "Download as EPUB": the e-book made in the browser is a valid EPUB 3 (epubcheck: no error,
// no warning) holding the article, its metadata and the paragraph numbers.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { SEED } from './helpers.ts';

test('the article downloads as an EPUB 3 that epubcheck accepts without error or warning', async ({ page }) => {
  test.setTimeout(180_000); // epubcheck starts a Java VM
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(SEED.path);
  expect(requests.filter((u) => u.includes('/epub/'))).toEqual([]); // nothing loaded before the click
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as EPUB' }).click()]);
  expect(download.suggestedFilename()).toBe('turning-a-happy-hour-into-a-happy-alliance.epub');
  const dir = await mkdtemp(join(tmpdir(), 'folio-epub-'));
  try {
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const files = unzipSync(readFileSync(file));
    expect(Object.keys(files)[0]).toBe('mimetype');
    const opf = strFromU8(files['EPUB/package.opf']!);
    expect(opf).toContain(`<dc:title>${SEED.title}</dc:title>`);
    expect(opf).toContain(`<dc:creator id="creator1">${SEED.author}</dc:creator>`);
    expect(opf).toContain(`<dc:date>${SEED.date}</dc:date>`);
    expect(opf).toContain(`<dc:source>${SEED.sourceUrl}</dc:source>`);
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toMatch(/schema:accessibilitySummary">[^<]+</);
    const article = strFromU8(files['EPUB/article.xhtml']!);
    expect(article).toContain('<span class="pnum">¶\u00a01</span>');
    expect(article).toContain(SEED.disclaimer);
    expect(article).toContain(SEED.bio);
    expect(article).not.toContain('Cite this article');
    // epubcheck exits non-zero on any error; --failonwarnings makes warnings fail too. It is a
    // Java archive (Debian's epubcheck package), run with java: /usr/bin/epubcheck needs binfmt.
    const jar = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';
    const report = execFileSync('java', ['-jar', jar, '--failonwarnings', file], { encoding: 'utf8', stdio: 'pipe' });
    expect(report).toMatch(/No errors or warnings detected/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no EPUB button', async ({ page }) => {
    await page.goto(SEED.path);
    await expect(page.getByRole('button', { name: 'Download as EPUB' })).toBeHidden();
  });
});
