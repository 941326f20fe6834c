// Text fragments (https://wicg.github.io/scroll-to-text-fragment/): building a link to a
// selected passage, and reading one back for browsers that cannot highlight it themselves.

const WORDS_AT_EDGE = 4;
const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
const words = (s: string) => s.split(/\s+/).filter(Boolean);
export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Occurrences of `needle` in `haystack`. */
function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

const WORD_HEAD = /[\p{L}\p{N}’'-]+$/u;
const WORD_TAIL = /^[\p{L}\p{N}’'-]+/u;

/**
 * The `text=` directive for `passage`, whose context is `before` and `after` (the text of
 * its paragraph around it) in a page whose text is `page`. Browsers match text fragments on
 * whole words, so a selection that cuts a word is widened to the whole word. Short passages
 * are quoted whole; long ones as start,end. A prefix is added when the start alone also
 * occurs elsewhere on the page.
 */
export function textDirective(passage: string, before: string, page: string, after = ''): string {
  if (/^[\p{L}\p{N}]/u.test(passage)) {
    const head = WORD_HEAD.exec(before)?.[0] ?? '';
    passage = head + passage;
    before = before.slice(0, before.length - head.length);
  }
  if (/[\p{L}\p{N}]$/u.test(passage)) passage += WORD_TAIL.exec(after)?.[0] ?? '';
  const w = words(normalize(passage));
  const short = w.length <= WORDS_AT_EDGE * 2;
  const start = short ? w.join(' ') : w.slice(0, WORDS_AT_EDGE).join(' ');
  const end = short ? '' : w.slice(-WORDS_AT_EDGE).join(' ');
  const prefixWords = words(normalize(before)).slice(-3);
  const prefix = count(normalize(page), start) > 1 && prefixWords.length ? `${encode(prefixWords.join(' '))}-,` : '';
  return `text=${prefix}${encode(start)}${end ? `,${encode(end)}` : ''}`;
}

export interface ParsedDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
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

/** Where the passage lies in `text` (start and end offsets), or null. */
export function findPassage(text: string, d: ParsedDirective): [number, number] | null {
  let from = 0;
  for (;;) {
    const s = text.indexOf(d.start, from);
    if (s === -1) return null;
    if (d.prefix && !normalize(text.slice(0, s)).endsWith(d.prefix)) {
      from = s + 1;
      continue;
    }
    const startEnd = s + d.start.length;
    if (!d.end) return [s, startEnd];
    const e = text.indexOf(d.end, startEnd);
    return e === -1 ? null : [s, e + d.end.length];
  }
}
