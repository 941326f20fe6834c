// Runs a Pagefind search and renders its results into a list, announcing the outcome in
// a status (live) region. Shared by the search dialog and the /search/ page.
// Pagefind's own bundle (pagefind/, written by `npm run build`) is loaded on first use.
import { BASE, HIGHLIGHT_PARAM } from '../site.ts';

/** Paragraph-level matches shown under each article. */
const MAX_SUB_RESULTS = 3;
/** While typing, words shorter than this wait for Enter: each search of a short prefix fetches index chunks the finished word won't need. */
const MIN_LIVE_LENGTH = 3;

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
  options(o: object): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
/** Where and how results are shown. */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLElement;
  level: 2 | 3;
  limit: number;
  onDone?: (query: string, total: number) => void;
}

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind once; rejects when there is no index (e.g. under `npm run dev`). */
export function loadPagefind(): Promise<Pagefind> {
  if (!engine) {
    engine = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
      // noWorker: on the main thread a search of a few thousand pages takes milliseconds, and it
      // saves fetching and starting pagefind-worker.js on the first query.
      await pagefind.options({ baseUrl: BASE, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, excerptEllipsis: '…', noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

let generation = 0;

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
    view.status.textContent = term ? `Keep typing, or press Enter to search for “${term}”.` : '';
    view.onDone?.(term, 0);
    return;
  }
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    if (mine !== generation) return;
    view.list.replaceChildren();
    view.status.textContent =
      'Search is not available here: its index is made by “npm run build”, and a development server has none. Run “npm run build”, then “npm run preview”, to search.';
    return;
  }
  const found = await pagefind.search(term);
  if (mine !== generation || !found) return;
  const shown = await Promise.all(found.results.slice(0, view.limit).map((r) => r.data()));
  if (mine !== generation) return;
  view.list.replaceChildren(...shown.map((data) => renderResult(data, view.level)));
  const total = found.results.length;
  view.status.textContent =
    total === 0
      ? `No articles match “${term}”. Check the spelling, or try fewer or other words.`
      : `${total} ${total === 1 ? 'article matches' : 'articles match'} “${term}”${total > shown.length ? `; showing the first ${shown.length}` : ''}.`;
  view.onDone?.(term, total);
}

function renderResult(data: ResultData, level: 2 | 3): HTMLElement {
  const item = el('li', 'search-result');
  const title = el(`h${level}`, 'search-result-title');
  const link = el('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  title.append(link);
  item.append(title);
  const byline = [data.meta['author'], data.meta['date']].filter(Boolean).join(' · ');
  if (byline) item.append(Object.assign(el('p', 'search-result-meta'), { textContent: byline }));

  const passages = bestPassages(data);
  if (passages.length === 0) {
    item.append(excerptParagraph(data.excerpt));
  } else {
    const list = el('ul', 'search-passages');
    for (const sub of passages) {
      const a = el('a', 'search-passage-title');
      a.href = sub.url;
      a.textContent = sub.title;
      const li = el('li');
      li.append(a, excerptParagraph(sub.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
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

/** Pagefind's excerpt is escaped text with <mark> tags: rebuild it from text nodes, never as HTML. */
function excerptParagraph(excerpt: string): HTMLElement {
  const p = el('p', 'search-excerpt');
  let marking = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
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
