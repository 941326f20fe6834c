/** How many of the newest articles the RSS feed (src/pages/feed.xml.ts) carries, in full text.
 *  Feed readers keep the items they have fetched, so older articles need not be sent again;
 *  with every article the feed grew by ~12 KB an article (11.8 MB at 1,000). */
export const FEED_SIZE = 50;
