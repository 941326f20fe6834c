import { expect, test } from '@playwright/test';
import { PAGES, axeViolations } from './helpers.ts';

for (const path of PAGES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      test(`axe finds no WCAG 2.2 AA violation on /${path} (${colorScheme}, ${width}px)`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  test(`/${path} does not scroll sideways at 320px`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
}

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

test('body text has at least 7:1 contrast in light and dark (WCAG AAA 1.4.6)', async ({ browser }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('articles/turning-a-happy-hour-into-a-happy-alliance/');
    const results = await new AxeBuilder({ page }).include('article').withRules(['color-contrast-enhanced']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${colorScheme}: ${n.target.join(' ')} ${n.failureSummary}`))).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
    await context.close();
  }
});
