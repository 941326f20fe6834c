// Runs a Pagefind search and renders its results into a list, announcing the outcome in
// a status (live) region. Shared by the search dialog and the /search/ page.
// Pagefind's own bundle (pagefind/, written by `npm run build`) is loaded on first use.
import { BASE } from '../site.ts';
import { startPagefind } from './pagefind-start.ts';
import { countText, text } from './strings.ts';
import { filterLabel, type FilterCounts } from './filters.ts';

/** Paragraph-level matches shown under each article. */
const MAX_SUB_RESULTS = 3;
/** While typing, words shorter than this wait for Enter: each search of a short prefix fetches index chunks the finished word won't need. */
const MIN_LIVE_LENGTH = 3;
/** While typing, the status (a live region) waits this many milliseconds of quiet, so it is announced once, not per key. */
const ANNOUNCE_PAUSE_MS = 700;

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface Pagefind {
  preload(q: string): Promise<void>;
  search(
    q: string,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters?: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
}
/** Where and how results are shown. */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLElement;
  level: 2 | 3;
  limit: number;
  /** Pagefind filters to apply ({ author: "…", year: "2010" }); empty values are ignored. */
  filters?: () => Record<string, string>;
  onDone?: (query: string, total: number, counts?: FilterCounts) => void;
}

/**
 * Pagefind, started (by the inline loader at the first sign of a search, or now) with every other
 * bundle merged in; rejects when there is no index (e.g. under `npm run dev`).
 */
export const loadPagefind = (): Promise<Pagefind> => startPagefind() as Promise<Pagefind>;

let generation = 0;
let announcing: ReturnType<typeof setTimeout> | undefined;

/** Sets the status; while typing (`live`), only after a pause in which no newer search started. */
function say(view: ResultsView, text: string, live: boolean | undefined) {
  clearTimeout(announcing);
  if (!live) {
    view.status.textContent = text;
    return;
  }
  const mine = generation;
  view.status.textContent = '';
  announcing = setTimeout(() => {
    if (mine === generation) view.status.textContent = text;
  }, ANNOUNCE_PAUSE_MS);
}

/** Abandons the search in progress (the reader typed again): it fetches no article fragments. */
export function cancel(): void {
  generation++;
}

/** Fetches the index chunks for what is typed so far, before the pause that starts the search. */
export function preload(query: string): void {
  const term = query.trim();
  if (term.length >= MIN_LIVE_LENGTH)
    loadPagefind().then(
      (p) => p.preload(term),
      () => undefined,
    );
}

/**
 * Searches for `query` and renders the results; a newer call makes older ones give up.
 * `live` (as the reader types) waits for a few letters before searching.
 */
export async function showResults(query: string, view: ResultsView, how: { live?: boolean } = {}): Promise<void> {
  const mine = ++generation;
  const term = query.trim();
  if (!term || (how.live && term.length < MIN_LIVE_LENGTH)) {
    view.list.replaceChildren();
    say(view, term ? text('keepTyping', { term }) : '', how.live);
    view.onDone?.(term, 0);
    return;
  }
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    if (mine !== generation) return;
    view.list.replaceChildren();
    view.status.textContent = text(navigator.onLine ? 'unavailable' : 'offline');
    return;
  }
  const filters = Object.fromEntries(Object.entries(view.filters?.() ?? {}).filter(([, v]) => v));
  let found: Awaited<ReturnType<Pagefind['search']>>;
  let shown: ResultData[];
  try {
    found = await pagefind.search(term, { filters });
    if (mine !== generation || !found) return;
    shown = await Promise.all(found.results.slice(0, view.limit).map((r) => r.data()));
  } catch {
    // The index and the results are fetched in parts as words are searched: offline, the parts not yet fetched are missing.
    if (mine === generation) view.status.textContent = text('offline');
    return;
  }
  if (mine !== generation) return;
  view.list.replaceChildren(...shown.map((data) => renderResult(data, view.level)));
  const total = found.results.length;
  say(
    view,
    total === 0
      ? text('noResults', { term })
      : `${countText(total, term)}${filterNote(filters)}${total > shown.length ? text('showingFirst', { shown: shown.length }) : ''}.`,
    how.live,
  );
  view.onDone?.(term, total, found.filters);
}

/** " (Author: X, Year: 2010)" for the filters applied. */
const filterNote = (f: Record<string, string>) =>
  Object.keys(f).length
    ? text('filteredBy', {
        filters: Object.entries(f)
          .map(([name, value]) => `${filterLabel(name)}: ${value}`)
          .join(', '),
      })
    : '';

function renderResult(data: ResultData, level: 2 | 3): HTMLElement {
  const item = el('li', 'search-result');
  const title = el(`h${level}`, 'search-result-title');
  const link = el('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  title.append(link);
  item.append(title);
  const byline = [data.meta['author'], data.meta['date']].filter((part): part is string => !!part);
  if (byline.length) {
    // Parts apart by a "·" that CSS draws and a screen reader hears as a comma (.meta-sep, base.css).
    const meta = el('p', 'search-result-meta');
    // Each part isolated (<bdi>), so an Arabic name does not pull the date's digits into its run.
    const isolated = (part: string) => Object.assign(el('bdi'), { textContent: part });
    byline.forEach((part, i) => (i ? meta.append(' ', el('span', 'meta-sep'), ' ', isolated(part)) : meta.append(isolated(part))));
    item.append(meta);
  }

  const passages = bestPassages(data);
  if (passages.length === 0) {
    item.append(excerptParagraph(data.excerpt));
  } else {
    const list = el('ul', 'search-passages');
    for (const sub of passages) {
      const a = el('a', 'search-passage-title');
      a.href = sub.url;
      a.textContent = passageName(sub);
      const li = el('li');
      li.append(a, excerptParagraph(sub.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  markLanguage(item, data.meta['lang'], data.meta['language']);
  return item;
}

/** Marks the article's own words (title, passages, excerpt) with its language; one in another language than the page's says which. */
function markLanguage(item: HTMLElement, lang: string | undefined, name: string | undefined): void {
  if (!lang) return;
  for (const part of item.querySelectorAll('.search-result-title a, .search-passages, .search-excerpt')) {
    part.setAttribute('lang', lang);
    part.setAttribute('dir', 'auto');
  }
  if (lang !== document.documentElement.lang && name)
    item.querySelector('.search-result-title')?.append(' ', Object.assign(el('span', 'search-result-lang'), { textContent: name }));
}

/**
 * A paragraph's link says "Paragraph 4": its opening words, in Pagefind's title, would be heard
 * again in the excerpt that follows. Other passages (sections) keep their title.
 */
function passageName(sub: SubResult): string {
  const paragraph = /#p(\d+[a-z]?)$/.exec(sub.url)?.[1];
  return paragraph ? text('paragraph', { n: paragraph }) : sub.title;
}

/**
 * The paragraphs with the most matches (ties in reading order), at most MAX_SUB_RESULTS;
 * the part of a page before its first paragraph anchor (no "#") is left out.
 */
export function bestPassages<T extends { url: string; locations: number[] }>(data: { sub_results: T[] }): T[] {
  return data.sub_results
    .filter((s) => s.url.includes('#'))
    .map((s, order) => ({ s, order }))
    .sort((a, b) => b.s.locations.length - a.s.locations.length || a.order - b.order)
    .slice(0, MAX_SUB_RESULTS)
    .map(({ s }) => s);
}

/**
 * Pagefind's excerpt is escaped text with <mark> tags: rebuild it from text nodes, never as HTML.
 * Pagefind marks each word it segmented (Chinese, Japanese) on its own: marks that touch are
 * joined, so "采" and "茶人" read as one "采茶人", without a gap between two highlights.
 */
function excerptParagraph(excerpt: string): HTMLElement {
  const p = el('p', 'search-excerpt');
  let marking = false;
  for (const part of excerpt.replaceAll('</mark><mark>', '').split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marking = part === '<mark>';
      continue;
    }
    const text = decodeEntities(part);
    p.append(marking ? Object.assign(el('mark'), { textContent: text }) : text);
  }
  return p;
}

const parser = new DOMParser();
/** "&lt;script&gt;" → "<script>" as text (an inert document: nothing runs). */
const decodeEntities = (s: string) => (s.includes('&') ? (parser.parseFromString(s, 'text/html').documentElement.textContent ?? '') : s);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K];
function el(tag: string, className?: string): HTMLElement;
function el(tag: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** Every filter value with its number of articles, across all languages (fetches the filter indexes). */
export async function filterTotals(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

/** The /search/ page's address for `query` with `filters`, to open or share a search. */
export function searchPageUrl(query: string, filters: Record<string, string>): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  const search = params.toString();
  return `${BASE}search/${search ? `?${search}` : ''}`;
}

/** Each filter value's count among the articles matching `query` and `filters` (after filterTotals()). */
export async function countsFor(query: string, filters: Record<string, string>): Promise<FilterCounts | undefined> {
  const term = query.trim();
  if (!term) return undefined;
  return (await (await loadPagefind()).search(term, { filters }))?.filters;
}
