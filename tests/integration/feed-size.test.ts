// The feed carries only the newest FEED_SIZE articles, newest first: build 53 generated
// articles and read dist/feed.xml.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { builtSite } from './build-fixture.ts';
import { generateCorpus } from '../../tools/generate-corpus.ts';
import { FEED_SIZE } from '../../src/lib/feed.ts';

const seedText = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
const corpus = generateCorpus({ count: FEED_SIZE + 3 }, seedText);
/** Each article's date and title, from its frontmatter. */
const articles = corpus.map(([, mdx]) => ({
  date: /^date: "(.+)"$/m.exec(mdx)![1]!,
  title: JSON.parse(/^title: (.+)$/m.exec(mdx)![1]!) as string,
}));

let feed: string;

beforeAll(async () => {
  // Inside the project (git-ignored tmp/): Astro cannot build content from outside its root.
  const content = join('tmp', 'feed-content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const [name, mdx] of corpus) writeFileSync(join(content, name), mdx);
  feed = readFileSync(join(await builtSite(content), 'feed.xml'), 'utf8');
});

it(`the feed holds the ${FEED_SIZE} newest articles, newest first, with their full text`, () => {
  const unescape = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;|&#39;/g, "'");
  const titles = [...feed.matchAll(/<item><title>(.*?)<\/title>/g)].map((m) => unescape(m[1]!));
  expect(titles).toHaveLength(FEED_SIZE);
  const dateOf = new Map(articles.map((a) => [a.title, a.date]));
  const inFeed = titles.map((t) => dateOf.get(t)!);
  expect(inFeed.every(Boolean)).toBe(true);
  expect(inFeed).toEqual([...inFeed].sort().reverse()); // newest first
  const left = articles.filter((a) => !titles.includes(a.title)).map((a) => a.date);
  expect(left).toHaveLength(3);
  for (const date of left) expect(date <= inFeed.at(-1)!).toBe(true); // only older ones left out
  expect(feed.match(/<content:encoded>/g)).toHaveLength(FEED_SIZE);
});
