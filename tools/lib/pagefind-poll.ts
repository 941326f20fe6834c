// Pagefind's module (pagefind.js, written by its binary into each build, so no package patch
// reaches it) waits for its own start by polling: a search (getPtr) and the merging of another
// bundle (mergeIndex) sleep 50 ms at a time until the wasm and the meta are loaded, and its API
// offers nothing to await instead. The first query, made while they load, lost 0–50 ms a wait,
// one or two waits in a row: the build shortens that sleep (docs/benchmarks.md).

/** The sleep in each of Pagefind's two start polls, as its minified module spells it. */
export const PAGEFIND_POLL = 'await asyncSleep(50);';
/** Milliseconds between checks after the change: a browser does not wake a repeated timer much sooner. */
export const SHORT_POLL_MS = 4;
/** How many times pagefind.js is expected to poll (getPtr and mergeIndex). */
const POLLS = 2;

/**
 * pagefind.js with its start polls shortened. Throws when the module does not poll as expected
 * (a Pagefind upgrade changed it): the build must stop rather than quietly lose the change.
 */
export function shortenStartPolls(source: string): string {
  const found = source.split(PAGEFIND_POLL).length - 1;
  if (found !== POLLS)
    throw new Error(
      `pagefind.js: expected Pagefind's start poll "${PAGEFIND_POLL}" ${POLLS} times, found it ${found} times; ` +
        'check tools/lib/pagefind-poll.ts against this Pagefind version',
    );
  return source.replaceAll(PAGEFIND_POLL, `await asyncSleep(${SHORT_POLL_MS});`);
}
