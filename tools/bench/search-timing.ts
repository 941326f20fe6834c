// Times a search in the dialog from inside the page: from the last keydown to the results shown
// (the results list's last change before the status names the query). The bench then awaits a
// promise that the page resolves, not Playwright's waitForFunction, which runs its check on every
// animation frame on the page's main thread, the thread the search needs (docs/benchmarks.md, "firstq6").
import type { Page } from '@playwright/test';

interface Marks {
  benchKey: number;
  benchList: number;
  benchShown: number;
  benchDone: Promise<void>;
}

/** Starts watching the dialog for the results of `query`; call before the first keystroke. */
export async function watchResults(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const w = window as unknown as Marks;
    w.benchShown = 0;
    w.benchList = 0;
    let shown = () => {};
    w.benchDone = new Promise((resolve) => (shown = resolve));
    document.addEventListener('keydown', () => (w.benchKey = performance.now()), true);
    new MutationObserver((records, observer) => {
      if (records.some((r) => (r.target as Element).closest?.('.search-dialog .search-results'))) w.benchList = performance.now();
      if (document.querySelector('#search-dialog-status')?.textContent?.includes(q)) {
        w.benchShown = performance.now();
        observer.disconnect();
        shown();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, query);
}

/** Waits for the results watched for, and returns the milliseconds from the last keydown to them. */
export async function resultsShownMs(page: Page, timeout = 30_000): Promise<number> {
  await page.evaluate(
    (ms) =>
      Promise.race([
        (window as unknown as Marks).benchDone,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no results in ${ms} ms`)), ms)),
      ]),
    timeout,
  );
  return page.evaluate(() => {
    const w = window as unknown as Marks;
    return (w.benchList || w.benchShown) - w.benchKey;
  });
}
