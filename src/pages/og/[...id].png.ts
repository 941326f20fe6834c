// One Open Graph image per article, made at build time: /og/<id>.png. `astro dev` serves each
// from this route, drawn when requested; `astro build` lists no paths here and hands the cards to
// src/integrations/og-cards.ts, which writes them all at once when the pages are done.
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
import { handOverOgCards } from '../../integrations/og-cards.ts';

// In a build every card not in the cache (src/lib/og/cache.ts) is asked for here, before any
// page is rendered, and drawn on a worker thread into the cache while Astro renders the pages;
// the writer copies each card from the cache once it is drawn.
export const getStaticPaths = (async () => {
  const entries = await getCollection('articles');
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
  if (blank.size) {
    const chars = [...new Set([...blank.values()].flat())].slice(0, 12).join('');
    console.warn(
      `Open Graph cards: no bundled font draws ${chars} (src/lib/og/text.ts); ${blank.size} card(s) leave out the text that has them: ${[...blank.keys()].slice(0, 5).join(', ')}${blank.size > 5 ? ', …' : ''}`,
    );
  }
  if (import.meta.env.DEV) return cards.map(({ id, card }) => ({ params: { id }, props: { card } }));
  // With caching off (FOLIO_CACHE=0) the writer draws each card itself, on the main thread.
  if (!cacheRoot()) {
    handOverOgCards(cards.map(({ id, card }) => ({ id, draw: () => ogPng(card) })));
    return [];
  }
  // Cards not in the cache are drawn on the worker, which writes them to the cache; the writer
  // copies every card from there: no PNG is held in memory for the rest of the build.
  const cache = cardCache();
  const keyed = cards.map((entry) => ({ ...entry, key: cardKey(entry.card) }));
  const toDraw = keyed.filter(({ key }) => !cache.has(key));
  const draw = toDraw.length ? cardWorker(toDraw.length) : undefined;
  const drawn = new Map(
    toDraw.map(({ id, card, key }) => {
      const written = draw!(card, key);
      written.catch(() => {}); // a failure surfaces in the writer, which awaits the same promise
      return [id, written];
    }),
  );
  handOverOgCards(keyed.map(({ id, key }) => ({ id, cached: cache.path(key)!, drawn: drawn.get(id) })));
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await ogPng((props as { card: OgCard }).card)), { headers: { 'Content-Type': 'image/png' } });
