/** How many of the newest articles the RSS feed (src/pages/feed.xml.ts) carries, in full text.
 *  Feed readers keep the items they have fetched, so older articles need not be sent again,
 *  and a feed of every article grows without bound (docs/benchmarks.md). */
export const FEED_SIZE = 50;
