// The archive's browsing structure, from the articles' frontmatter: authors, years and topics,
// each with its articles newest first. Pure: the pages get it from src/collection/archive.ts.
import type { Person } from '../articles/authors.ts';
import { distinctSlugs, foldTag } from './slugs.ts';

/** What the archive needs of an article (a collection entry fits). */
export interface ArchiveEntry {
  id: string;
  data: { title: string; date: Date; authors: Person[]; tags: string[] };
}

export interface AuthorGroup<E> {
  slug: string;
  name: string;
  /** The bio given with the newest article that gives one. */
  bio?: string | undefined;
  url?: string | undefined;
  articles: E[];
}

export interface TopicGroup<E> {
  slug: string;
  /** The tag as spelled most often (ties: the first in code-point order). */
  name: string;
  articles: E[];
}

export interface YearGroup<E> {
  year: number;
  articles: E[];
}

export interface Archive<E> {
  authors: AuthorGroup<E>[];
  years: YearGroup<E>[];
  topics: TopicGroup<E>[];
  /** Author slug of each name; topic slug of each tag spelling. */
  authorSlug: Map<string, string>;
  authorBySlug: Map<string, AuthorGroup<E>>;
  topicSlug: Map<string, string>;
}

/** Newest first; ties broken by title so the order is stable. */
const newestFirst = (a: ArchiveEntry, b: ArchiveEntry) =>
  b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title);

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** Authors are told apart by name (spaces tidied); topics by tag, folded for case and accents. */
export const authorKey = (name: string): string => name.trim().replace(/\s+/g, ' ');

export function buildArchive<E extends ArchiveEntry>(entries: readonly E[]): Archive<E> {
  const sorted = [...entries].sort(newestFirst);
  const authors = new Map<string, { name: string; bio?: string | undefined; url?: string | undefined; articles: E[] }>();
  const topics = new Map<string, { spellings: Map<string, number>; articles: E[] }>();
  const years = new Map<number, E[]>();

  for (const entry of sorted) {
    for (const person of entry.data.authors) {
      const name = authorKey(person.name);
      let group = authors.get(name);
      if (!group) authors.set(name, (group = { name, articles: [] }));
      if (group.articles.at(-1) !== entry) group.articles.push(entry);
      // Newest first, so the first bio and url seen are the latest ones.
      group.bio ??= person.bio;
      group.url ??= person.url;
    }
    for (const tag of new Set(entry.data.tags.map((t) => t.trim()))) {
      const key = foldTag(tag);
      let group = topics.get(key);
      if (!group) topics.set(key, (group = { spellings: new Map(), articles: [] }));
      group.spellings.set(tag, (group.spellings.get(tag) ?? 0) + 1);
      if (group.articles.at(-1) !== entry) group.articles.push(entry);
    }
    const year = entry.data.date.getUTCFullYear();
    let inYear = years.get(year);
    if (!inYear) years.set(year, (inYear = []));
    inYear.push(entry);
  }

  const authorSlug = distinctSlugs(authors.keys());
  const topicNames = new Map(
    [...topics].map(([key, { spellings }]) => [key, [...spellings].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0]![0]]),
  );
  const topicSlugByKey = distinctSlugs(topicNames.values());
  const topicSlug = new Map<string, string>();
  for (const [key, { spellings }] of topics) {
    const slug = topicSlugByKey.get(topicNames.get(key)!)!;
    for (const spelling of spellings.keys()) topicSlug.set(spelling, slug);
  }

  const authorGroups = [...authors.values()].map((a) => ({ ...a, slug: authorSlug.get(a.name)! })).sort(byName);
  return {
    authors: authorGroups,
    authorBySlug: new Map(authorGroups.map((a) => [a.slug, a])),
    topics: [...topics]
      .map(([key, t]) => ({ slug: topicSlug.get(topicNames.get(key)!)!, name: topicNames.get(key)!, articles: t.articles }))
      .sort(byName),
    years: [...years].map(([year, articles]) => ({ year, articles })).sort((a, b) => b.year - a.year),
    authorSlug,
    topicSlug,
  };
}

/** The author page slug of a byline name. */
export const slugForAuthor = (archive: Archive<ArchiveEntry>, name: string): string | undefined => archive.authorSlug.get(authorKey(name));

/**
 * Up to `count` other articles by the authors of `entry`, newest first (for "More by this author").
 */
export function moreByAuthors<E extends ArchiveEntry>(archive: Archive<E>, entry: E, count = 3): E[] {
  const pool = new Set<E>();
  for (const person of entry.data.authors) {
    const group = archive.authorBySlug.get(archive.authorSlug.get(authorKey(person.name)) ?? '');
    for (const other of group?.articles ?? []) {
      if (other.id !== entry.id) pool.add(other);
      if (pool.size >= count * entry.data.authors.length) break;
    }
  }
  return [...pool].sort(newestFirst).slice(0, count);
}

/** What an article's page shows of the rest of the archive (ArticleLayout, MoreFromArchive): its page's cache key covers exactly this. */
export interface ArticleContext<E> {
  /** The author page slug of each of its authors, in byline order. */
  authorSlugs: (string | undefined)[];
  /** Up to three more articles by its authors. */
  more: E[];
  /** Its topics, each once. */
  topics: { slug: string; name: string }[];
}

export function articleContext<E extends ArchiveEntry>(archive: Archive<E>, entry: E): ArticleContext<E> {
  const slugs = new Set(entry.data.tags.map((tag) => archive.topicSlug.get(tag.trim())));
  return {
    authorSlugs: entry.data.authors.map((person) => slugForAuthor(archive, person.name)),
    more: moreByAuthors(archive, entry),
    topics: [...slugs].flatMap((slug) => {
      const topic = slug ? archive.topics.find((t) => t.slug === slug) : undefined;
      return topic ? [{ slug: topic.slug, name: topic.name }] : [];
    }),
  };
}

/** Articles grouped by month (0–11), in the order given. */
export function byMonth<E extends ArchiveEntry>(articles: readonly E[]): { month: number; articles: E[] }[] {
  const out: { month: number; articles: E[] }[] = [];
  for (const entry of articles) {
    const month = entry.data.date.getUTCMonth();
    const last = out.at(-1);
    if (last?.month === month) last.articles.push(entry);
    else out.push({ month, articles: [entry] });
  }
  return out;
}
