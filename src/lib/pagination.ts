// The home page lists the newest articles; older ones are on /page/2/, /page/3/, …
// so no page grows with the size of the archive.

/** Articles per listing page. */
export const PAGE_SIZE = 25;

/** The number of listing pages for `count` articles (at least 1, so the home page always exists). */
export const pageCount = (count: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(count / size));

/** The site path of page `n` of the listing at `base` ("authors/x/"): page 1 is `base` itself. */
export const pagedPath = (base: string, n: number): string => (n <= 1 ? base : `${base}page/${n}/`);

/** The site path of listing page `n`: page 1 is the home page. */
export const listingPath = (n: number): string => pagedPath('', n);

/**
 * The static paths of a paginated listing at a rest route (`[...page].astro`): page 1 at the
 * listing's own address (`page` undefined), then "page/2", "page/3", …
 */
export function pagePaths<T>(items: readonly T[], size = PAGE_SIZE): { page: string | undefined; n: number; total: number; items: T[] }[] {
  const total = pageCount(items.length, size);
  return Array.from({ length: total }, (_, i) => ({
    page: i === 0 ? undefined : `page/${i + 1}`,
    n: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/**
 * The page numbers to link from page `current` of `total`: the first, the last, and two on each
 * side of the current one, with `null` where numbers are left out (shown as an ellipsis).
 */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push(null);
    out.push(n);
  });
  return out;
}
