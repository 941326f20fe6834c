// Text fragments (https://wicg.github.io/scroll-to-text-fragment/): building a link to a
// selected passage, and reading one back for browsers that cannot highlight it themselves.
//
// The browser matches a directive against the whole page's rendered text, case-insensitively,
// on word boundaries, and highlights the FIRST match. So a directive is built against a model
// of that text (`PageText`: the rendered text of each block, joined by a block break), and
// checked with the same matching rules until its first match is the selection.

/** The page's rendered text: blocks separated by "\n" (never whitespace to the matcher). */
export interface PageText {
  text: string;
  /** Per character: true where it belongs to the article (not a control's label). */
  article?: boolean[];
}

export interface ParsedDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

const BREAK = '\n';
const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Case folding that keeps every character's offset (a few letters grow when lowered). */
const fold = (s: string) => s.replace(/[\s\S]/g, (c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c));
const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\t';

/** The word boundaries of `text` (offsets), as the matcher's word segmentation finds them. */
function boundaries(text: string, locale?: string): Set<number> {
  const set = new Set<number>([0, text.length]);
  for (const { index, segment } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    set.add(index);
    set.add(index + segment.length);
  }
  return set;
}

/** The matcher (the spec's "find a range from a text directive") over one page's text. */
export class Matcher {
  readonly folded: string;
  readonly bounds: Set<number>;
  constructor(
    readonly text: string,
    locale?: string,
  ) {
    this.folded = fold(text);
    this.bounds = boundaries(text, locale);
  }

  /** The first match of `query` in [from, to) with the word-boundary conditions, or null. */
  private find(query: string, from: number, to: number, startBounded: boolean, endBounded: boolean): [number, number] | null {
    const q = fold(query);
    if (!q) return null;
    for (let i = this.folded.indexOf(q, from); i !== -1 && i + q.length <= to; i = this.folded.indexOf(q, i + 1)) {
      if (startBounded && !this.bounds.has(i)) continue;
      if (endBounded && !this.bounds.has(i + q.length)) continue;
      return [i, i + q.length];
    }
    return null;
  }

  /** Skips whitespace, block breaks too, from `at`. */
  private skipSpace(at: number): number {
    while (isSpace(this.text[at]) || this.text[at] === BREAK) at++;
    return at;
  }

  /** Where the browser's highlight of `d` lies, or null when it matches nothing. */
  match(d: ParsedDirective): [number, number] | null {
    const end = this.text.length;
    const mustEndAtWord = d.end !== undefined || d.suffix === undefined;
    let from = 0;
    while (from < end) {
      let potential: [number, number] | null;
      if (d.prefix !== undefined) {
        const prefix = this.find(d.prefix, from, end, true, false);
        if (!prefix) return null;
        from = prefix[0] + 1;
        const startAt = this.skipSpace(prefix[1]);
        potential = this.find(d.start, startAt, end, true, mustEndAtWord);
        if (!potential) return null;
        if (potential[0] !== startAt) continue;
      } else {
        potential = this.find(d.start, from, end, true, mustEndAtWord);
        if (!potential) return null;
        from = potential[0] + 1;
      }
      let endFrom = potential[1];
      while (endFrom < end) {
        if (d.end !== undefined) {
          const endMatch = this.find(d.end, endFrom, end, true, d.suffix === undefined);
          if (!endMatch) return null;
          potential = [potential[0], endMatch[1]];
        }
        if (d.suffix === undefined) return potential;
        const suffixAt = this.skipSpace(potential[1]);
        const suffix = this.find(d.suffix, suffixAt, end, false, true);
        if (suffix && suffix[0] === suffixAt) return potential;
        if (d.end === undefined) break;
        endFrom = potential[1];
      }
    }
    return null;
  }
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The selection [start, end) of `page` made into what the matcher can highlight: moved off
 * control labels (¶ links, buttons) onto article text, widened to whole words (a selection
 * starting at the apostrophe of "Senate’s" starts at "Senate"), trimmed of spaces.
 */
export function wordRange(page: PageText, start: number, end: number, m: Matcher): [number, number] | null {
  const { text, article } = page;
  const inArticle = (i: number) => (article ? article[i] === true : true) && text[i] !== BREAK;
  while (start < end && (!inArticle(start) || /\s/.test(text[start]!))) start++;
  while (end > start && (!inArticle(end - 1) || /\s/.test(text[end - 1]!))) end--;
  if (start >= end) return null;
  while (start > 0 && !m.bounds.has(start)) start--;
  while (end < text.length && !m.bounds.has(end)) end++;
  return [start, end];
}

/** Words of `text` between two offsets, as [start, end) pairs, whole words only. */
function wordsIn(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (const { index, segment, isWordLike } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text.slice(from, to))) {
    if (isWordLike || WORDLIKE.test(segment)) out.push([from + index, from + index + segment.length]);
  }
  return out;
}

const blockStart = (text: string, at: number) => text.lastIndexOf(BREAK, at - 1) + 1;
const blockEnd = (text: string, at: number) => {
  const i = text.indexOf(BREAK, at);
  return i === -1 ? text.length : i;
};

const MAX_EXACT_WORDS = 8;
const MAX_EDGE_WORDS = 6;
// Context may have to reach past sentences the page repeats (a standfirst repeats ¶1's opening).
const MAX_CONTEXT_WORDS = 30;

/**
 * The `text=` directive whose first match in `page` is exactly [start, end) (already whole
 * words on article text, see wordRange). Short passages within one block are quoted whole,
 * longer ones as start,end; words of context (prefix, suffix) from the same blocks are added
 * until the match is the selection. Null when no directive within these limits is unique.
 */
export function directiveFor(page: PageText, start: number, end: number, m: Matcher): string | null {
  const { text } = page;
  const target = (d: ParsedDirective) => {
    const r = m.match(d);
    return r !== null && r[0] === start && r[1] === end;
  };
  const slice = (a: number, b: number) => normalize(text.slice(a, b));
  const selected = wordsIn(text, start, end);
  if (!selected.length) return null;
  const oneBlock = !text.slice(start, end).includes(BREAK);
  const before = wordsIn(text, blockStart(text, start), start).reverse();
  const after = wordsIn(text, end, blockEnd(text, end));
  const prefixes = [undefined, ...before.slice(0, MAX_CONTEXT_WORDS).map(([a]) => slice(a, start))];
  const suffixes = [undefined, ...after.slice(0, MAX_CONTEXT_WORDS).map(([, b]) => slice(end, b))];
  const shapes: { start: string; end?: string }[] = [];
  if (oneBlock && selected.length <= MAX_EXACT_WORDS) shapes.push({ start: slice(start, end) });
  for (let k = 1; k <= MAX_EDGE_WORDS && k * 2 <= selected.length; k++) {
    const first = selected[k - 1]!;
    const last = selected[selected.length - k]!;
    // Each term lies within one block.
    if (text.slice(start, first[1]).includes(BREAK) || text.slice(last[0], end).includes(BREAK)) break;
    shapes.push({ start: slice(start, first[1]), end: slice(last[0], end) });
  }
  if (oneBlock && selected.length > MAX_EXACT_WORDS) shapes.push({ start: slice(start, end) });
  for (let context = 0; context <= MAX_CONTEXT_WORDS + 10; context++) {
    for (const shape of shapes) {
      for (let p = 0; p <= Math.min(context, MAX_CONTEXT_WORDS); p++) {
        const prefix = prefixes[p];
        const suffix = suffixes[context - p];
        if (p > 0 && prefix === undefined) continue;
        if (context - p > 0 && suffix === undefined) continue;
        const d: ParsedDirective = { ...shape, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
        if (target(d)) return serialize(d);
      }
    }
  }
  return null;
}

export function serialize(d: ParsedDirective): string {
  const parts = [
    d.prefix !== undefined ? `${encode(d.prefix)}-` : '',
    encode(d.start),
    d.end !== undefined ? encode(d.end) : '',
    d.suffix !== undefined ? `-${encode(d.suffix)}` : '',
  ];
  return `text=${parts.filter(Boolean).join(',')}`;
}

/** Reads the first `text=` directive of a URL fragment ("#p7:~:text=a,b"), or null. */
export function parseTextDirective(hash: string): { id: string; directive: ParsedDirective } | null {
  const at = hash.indexOf(':~:');
  if (at === -1) return null;
  const id = decodeURIComponent(hash.slice(hash.startsWith('#') ? 1 : 0, at));
  const m = /(?:^|&)text=([^&]+)/.exec(hash.slice(at + 3));
  if (!m) return null;
  const parts = m[1]!.split(',');
  const directive: ParsedDirective = { start: '' };
  if (parts[0]?.endsWith('-')) directive.prefix = decodeURIComponent(parts.shift()!.slice(0, -1));
  if (parts.at(-1)?.startsWith('-')) directive.suffix = decodeURIComponent(parts.pop()!.slice(1));
  directive.start = decodeURIComponent(parts[0] ?? '');
  if (parts[1]) directive.end = decodeURIComponent(parts[1]);
  return directive.start ? { id, directive } : null;
}
