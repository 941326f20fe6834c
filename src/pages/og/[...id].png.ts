// One Open Graph image per article, made at build time: /og/<id>.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { authorNames } from '../../lib/articles/authors.ts';
import { localDate } from '../../i18n/format.ts';
import { cacheRoot, cardCache, cardKey } from '../../lib/og/cache.ts';
import { cardWorker } from '../../lib/og/cards.ts';
import { ogPng, undrawable, type OgCard } from '../../lib/og/image.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { sectionName } from '../../lib/articles/section.ts';
import { t } from '../../i18n/index.ts';

// In a build every card not in the cache (src/lib/og/cache.ts) is asked for here, before any
// page is rendered, and drawn on a worker thread into the cache while Astro renders the pages;
// each GET below waits for its card, then reads it from the cache. In `astro dev` a card is drawn when it
// is requested.
export const getStaticPaths = (async () => {
  const entries = await getCollection('articles');
  // With caching off (FOLIO_CACHE=0) each card is drawn in its GET, on the main thread.
  const cache = import.meta.env.DEV || !cacheRoot() ? undefined : cardCache();
  const blank = new Map<string, string[]>(); // article id → characters left out of its card
  const cards = entries.map(({ id, data }) => {
    const card: OgCard = {
      siteName: SITE_NAME,
      section: sectionName(data.section, data.lang),
      title: data.title,
      author: authorNames(data.authors),
      source: t(data.lang, 'article.sourceLine', { publisher: data.source.publisher, date: localDate(data.date, data.lang) }),
    };
    const missing = Object.values(undrawable(card)).flat();
    if (missing.length) blank.set(id, missing);
    return { id, card };
  });
  // Cards not in the cache are drawn on the worker, which writes them to the cache; GET
  // reads every card from the cache, one at a time: no PNG is held for the rest of the build (held
  // until its GET, the drawn cards grew Astro's memory with the number of articles).
  const keyOf = new Map(cache ? cards.map(({ id, card }) => [id, cardKey(card)]) : []);
  const toDraw = cards.filter(({ id }) => keyOf.has(id) && !cache!.has(keyOf.get(id)!));
  const draw = toDraw.length ? cardWorker(toDraw.length) : undefined;
  const drawn = new Map(
    toDraw.map(({ id, card }) => {
      const written = draw!(card, keyOf.get(id)!);
      written.catch(() => {}); // a failure surfaces in GET, which awaits the same promise
      return [id, written];
    }),
  );
  const paths = cards.map(({ id, card }) => ({
    params: { id },
    props: { card, written: drawn.get(id), key: keyOf.get(id) },
  }));
  if (blank.size) {
    const chars = [...new Set([...blank.values()].flat())].slice(0, 12).join('');
    console.warn(
      `Open Graph cards: no bundled font draws ${chars} (src/lib/og/text.ts); ${blank.size} card(s) leave out the text that has them: ${[...blank.keys()].slice(0, 5).join(', ')}${blank.size > 5 ? ', …' : ''}`,
    );
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card, written, key } = props as { card: OgCard; written?: Promise<void>; key?: string };
  await written;
  const cached = key === undefined ? undefined : cardCache().read(key);
  return new Response(new Uint8Array(await (cached ?? ogPng(card))), { headers: { 'Content-Type': 'image/png' } });
};
