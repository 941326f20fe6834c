// Turns to write a search index part. A Pagefind service grows several times over while it writes
// its bundle (about half a megabyte a page), so parts write at once only while their pages
// together stay within a limit; a part larger than the limit writes alone. First come, first served.

/** Pages that may be written at once, by all services together (two 2,250-page parts would not fit in 2 GB). */
export const WRITE_PAGES = 2500;

/** Runs `write` for a part of `pages` pages when its turn comes; resolves when it has written. */
export type WriteTurn = (pages: number, write: () => Promise<void>) => Promise<void>;

export function writeTurns(limit = WRITE_PAGES): WriteTurn {
  let writing = 0;
  let writers = 0;
  const waiting: { pages: number; start: () => void }[] = [];
  const next = () => {
    while (waiting.length && (writers === 0 || writing + waiting[0]!.pages <= limit)) {
      const { pages, start } = waiting.shift()!;
      writing += pages;
      writers++;
      start();
    }
  };
  return async (pages, write) => {
    await new Promise<void>((start) => {
      waiting.push({ pages, start });
      next();
    });
    try {
      await write();
    } finally {
      writing -= pages;
      writers--;
      next();
    }
  };
}
