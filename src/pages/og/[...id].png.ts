// One Open Graph image per article, made at build time: /og/<id>.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { authorNames } from '../../lib/articles/authors.ts';
import { localDate } from '../../i18n/format.ts';
import { cardWorker } from '../../lib/og/cards.ts';
import { ogPng, undrawable, type OgCard } from '../../lib/og/image.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { sectionName } from '../../lib/articles/section.ts';
import { t } from '../../i18n/index.ts';

// In a build every card is asked for here, before any page is rendered, and drawn on a worker
// thread while Astro renders the pages; each GET below then finds its card ready. In
// `astro dev` a card is drawn when it is requested.
export const getStaticPaths = (async () => {
  const entries = await getCollection('articles');
  const draw = import.meta.env.DEV ? undefined : cardWorker(entries.length);
  const blank = new Map<string, string[]>(); // article id → characters left out of its card
  const paths = entries.map(({ id, data }) => {
    const card: OgCard = {
      siteName: SITE_NAME,
      section: sectionName(data.section, data.lang),
      title: data.title,
      author: authorNames(data.authors),
      source: t(data.lang, 'article.sourceLine', { publisher: data.source.publisher, date: localDate(data.date, data.lang) }),
    };
    const missing = Object.values(undrawable(card)).flat();
    if (missing.length) blank.set(id, missing);
    const png = draw?.(card);
    png?.catch(() => {}); // a failure surfaces in GET, which awaits the same promise
    return { params: { id }, props: { card, png } };
  });
  if (blank.size) {
    const chars = [...new Set([...blank.values()].flat())].slice(0, 12).join('');
    console.warn(
      `Open Graph cards: no bundled font draws ${chars} (src/lib/og/text.ts); ${blank.size} card(s) leave out the text that has them: ${[...blank.keys()].slice(0, 5).join(', ')}${blank.size > 5 ? ', …' : ''}`,
    );
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card, png } = props as { card: OgCard; png?: Promise<Buffer> };
  return new Response(new Uint8Array(await (png ?? ogPng(card))), { headers: { 'Content-Type': 'image/png' } });
};
