import { expect, test } from '@playwright/test';
import { ARTICLE_PATHS, PAGES, pageChecks } from './helpers.ts';

pageChecks(PAGES);

test('dark and light themes differ and both are declared', async ({ browser }) => {
  const colours: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto('');
    colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain('dark');
    await page.close();
  }
  expect(colours[0]).not.toBe(colours[1]);
});

for (const path of ARTICLE_PATHS) {
  test(`body text has at least 7:1 contrast in light and dark (WCAG AAA 1.4.6) on /${path}`, async ({ browser }) => {
    test.setTimeout(90_000); // two full axe runs
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(path);
      const results = await new AxeBuilder({ page }).include('article').withRules(['color-contrast-enhanced']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${colorScheme}: ${n.target.join(' ')} ${n.failureSummary}`))).toEqual(
        [],
      );
      expect(results.passes.length).toBeGreaterThan(0);
      await context.close();
    }
  });
}
