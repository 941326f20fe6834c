// Reads an op-ed submitted as plain text in the editors' shape:
//
//   # Title
//   By [Author](link)
//   November 21, 2010
//   paragraphs…
//   A closing line about the author.
//   *The publisher's disclaimer.*
//   Original url:
//   <https://…>
//
// and repairs what scraping breaks (paragraphs split mid-sentence, dead author links,
// stray whitespace), reporting each repair. Errors name the line and what was expected.
import { escapeMdx, plainText } from './mdx-text.ts';

export class ImportError extends Error {}

export interface Submission {
  title: string;
  author: { name: string; url?: string; bio?: string };
  date: string; // ISO
  sourceUrl: string;
  disclaimer: string;
  /** Body blocks in Markdown: paragraphs (to be numbered) and "## " headings. */
  blocks: { kind: 'paragraph' | 'heading'; text: string }[];
  /** Plain-text sentences of the first paragraph, for the description. */
  firstSentences: string[];
  repairs: string[];
}

interface Line {
  n: number; // 1-based line number in the file
  text: string;
}

/** The line before the source address: "Original url:" (or, in a Russian submission, "Оригинал:"). */
const ORIGINAL_URL = /^(?:Original url|Оригинал|Ссылка на оригинал):/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Decodes a submission's bytes, refusing empty and binary files. */
export function decodeSubmission(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the file is empty: expected an op-ed in plain text, starting with a "# Title" line');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ImportError(`this is a binary file, not plain text (a NUL byte at offset ${nul}): expected a UTF-8 text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('this file is not UTF-8 text (it has bytes that are not valid UTF-8): save it as UTF-8 plain text');
  }
}

export function parseSubmission(source: string): Submission {
  const repairs: string[] = [];
  const raw = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const spaced: number[] = [];
  const lines: Line[] = raw.map((text, i) => {
    const clean = text
      .replace(/[\u200B\uFEFF]/g, '')
      .replace(/[ \t\u00A0]+/g, ' ')
      .trim();
    if (clean !== text) spaced.push(i + 1);
    return { n: i + 1, text: clean };
  });
  if (lines.every((l) => l.text === ''))
    throw new ImportError('the file is empty (only blank lines): expected an op-ed in plain text, starting with a "# Title" line');
  if (spaced.length) repairs.push(`normalised whitespace on line${spaced.length > 1 ? 's' : ''} ${spaced.join(', ')}`);

  const content = lines.filter((l) => l.text !== '');
  let at = 0;
  const next = () => content[at++];

  // Title
  const titleLine = next()!;
  const title = /^#\s+(.+)$/.exec(titleLine.text)?.[1]?.trim();
  if (!title) throw new ImportError(`line ${titleLine.n}: expected the title as "# Title", found ${quote(titleLine.text)}`);

  // Author
  const byLine = next();
  if (!byLine)
    throw new ImportError(`line ${titleLine.n + 1}: expected the author as "By [Name](link)" after the title, found the end of the file`);
  const by = /^(?:By|Автор:?|Авторы:?)\s+(.+)$/i.exec(byLine.text)?.[1];
  if (!by) throw new ImportError(`line ${byLine.n}: expected the author as "By [Name](link)" after the title, found ${quote(byLine.text)}`);
  const author = readAuthor(by, byLine.n, repairs);

  // Date
  const dateLine = next();
  if (!dateLine)
    throw new ImportError(
      `line ${byLine.n + 1}: expected the date of publication (such as "November 21, 2010") after the author, found the end of the file`,
    );
  const date = readDate(dateLine);

  // The tail, read from the end: Original url, the URL, the disclaimer, the author's bio.
  let end = content.length;
  const urlAt = content.findLastIndex((l, i) => i >= at && ORIGINAL_URL.test(l.text));
  if (urlAt === -1) {
    const last = content[content.length - 1]!;
    throw new ImportError(`line ${last.n}: expected the source at the end: a line "Original url:" followed by "<https://…>" (found none)`);
  }
  const sameLine = content[urlAt]!.text.replace(ORIGINAL_URL, '').trim();
  const urlText = sameLine || content[urlAt + 1]?.text || '';
  const urlLineNo = sameLine ? content[urlAt]!.n : (content[urlAt + 1]?.n ?? content[urlAt]!.n);
  const sourceUrl = /^<?([^<>\s]+)>?$/.exec(urlText)?.[1] ?? '';
  if (!/^https?:\/\/[^/\s]+/i.test(sourceUrl)) {
    throw new ImportError(
      `line ${urlLineNo}: expected the original article's address as "<https://…>" after "Original url:", found ${quote(urlText || 'nothing')}`,
    );
  }
  if (urlAt + (sameLine ? 1 : 2) < content.length) {
    const extra = content[urlAt + (sameLine ? 1 : 2)]!;
    throw new ImportError(`line ${extra.n}: expected nothing after the original URL, found ${quote(extra.text)}`);
  }
  end = urlAt;

  const disclaimerLine = content[end - 1];
  const disclaimer = disclaimerLine && end - 1 >= at ? /^([*_])(.+)\1$/.exec(disclaimerLine.text)?.[2]?.trim() : undefined;
  if (!disclaimer) {
    const n = disclaimerLine?.n ?? content[urlAt]!.n;
    throw new ImportError(
      `line ${n}: expected the publisher's disclaimer in italics, such as "*The views expressed … do not necessarily reflect …*", before "Original url:", found ${quote(disclaimerLine?.text ?? 'nothing')}`,
    );
  }
  end--;

  // The bio is the closing line about the author: it starts with their name or surname.
  const bioLine = content[end - 1];
  const surname = author.name.split(' ').at(-1)!;
  if (bioLine && end - 1 >= at && (bioLine.text.startsWith(author.name) || bioLine.text.startsWith(surname)) && bioLine.text.length < 400) {
    author.bio = bioLine.text;
    end--;
  } else {
    repairs.push(
      `no author bio: the line before the disclaimer (line ${bioLine?.n}) does not start with "${author.name}", so it is kept as the last paragraph`,
    );
  }

  // Body: blocks of consecutive non-blank lines, hard-wrapped lines joined.
  const bodyLines = lines.filter((l) => l.n > dateLine.n && l.n < (content[end]?.n ?? Infinity));
  const blocks: { kind: 'paragraph' | 'heading'; text: string; first: number; last: number }[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const text = current.map((l) => l.text).join(' ');
    const heading = /^#{2,4}\s+(.+)$/.exec(text);
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text, first: current[0]!.n, last: current.at(-1)!.n });
    current = [];
  };
  for (const l of bodyLines) {
    if (l.text === '') flush();
    else current.push(l);
  }
  flush();
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    throw new ImportError(
      `line ${dateLine.n + 1}: expected the article's paragraphs after the date, found ${blocks.length ? 'only headings' : 'no text'} before the closing lines`,
    );
  }

  // Rejoin paragraphs that scraping split mid-sentence.
  for (let i = 1; i < blocks.length; i++) {
    const [a, b] = [blocks[i - 1]!, blocks[i]!];
    if (a.kind !== 'paragraph' || b.kind !== 'paragraph') continue;
    if (endsSentence(a.text) && !/^\p{Ll}/u.test(b.text)) continue;
    repairs.push(
      `${lineRange(a.last, b.first)}: rejoined a paragraph split mid-sentence ("…${a.text.slice(-20)}" + "${b.text.slice(0, 20)}…")`,
    );
    a.text = `${a.text} ${b.text}`;
    a.last = b.last;
    blocks.splice(i--, 1);
  }

  const firstParagraph = blocks.find((b) => b.kind === 'paragraph')!.text;
  const escaped = blocks.map((b) => {
    const { text, changes } = escapeMdx(b.text);
    if (changes.length) repairs.push(`${lineRange(b.first, b.last)}: ${[...new Set(changes)].join(', ')} so that MDX reads it as text`);
    return { kind: b.kind, text };
  });

  return { title, author, date, sourceUrl, disclaimer, blocks: escaped, firstSentences: sentences(plainText(firstParagraph)), repairs };
}

function readAuthor(by: string, n: number, repairs: string[]): Submission['author'] {
  const link = /^\[([^\]]+)\]\(([^)]*)\)$/.exec(by.trim());
  if (!link) return { name: plainText(by).trim() };
  const [, name, href] = link;
  if (/^https?:\/\//.test(href!)) return { name: name!.trim(), url: href! };
  repairs.push(`line ${n}: dropped the dead author link "(${href})"`);
  return { name: name!.trim() };
}

/** Russian month names, in the genitive of a date ("21 ноября") or the nominative ("ноябрь"), by their stems. */
const RUSSIAN_MONTHS = /^(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i;
const RUSSIAN_MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

/**
 * "November 21, 2010", "Nov. 21, 2010", "21 November 2010", "2010-11-21", or in Russian
 * "21 ноября 2010", "21 ноября 2010 г." → "2010-11-21".
 */
export function readDate(line: Line): string {
  const russian = /^(\d{1,2}) ([а-яё]+)\.? (\d{4})(?: ?г(?:\.|ода)?)?$/i.exec(line.text);
  if (russian) {
    const stem = RUSSIAN_MONTHS.exec(russian[2]!)?.[1]?.toLowerCase();
    const index = stem ? RUSSIAN_MONTH_STEMS.findIndex((s) => stem.startsWith(s)) : -1;
    if (index === -1) throw new ImportError(`line ${line.n}: cannot read the date ${quote(line.text)}: "${russian[2]}" is not a month`);
    return checkedDate(line, Number(russian[3]), index + 1, Number(russian[1]));
  }
  const t = line.text;
  const expected = 'expected the date of publication after the author, such as "November 21, 2010"';
  let y: number, m: number, d: number;
  const us = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(t);
  const eu = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (us || eu) {
    const [month, day, year] = us ? [us[1]!, us[2]!, us[3]!] : [eu![2]!, eu![1]!, eu![3]!];
    const index = MONTHS.findIndex((name) => name === month.toLowerCase() || (month.length >= 3 && name.startsWith(month.toLowerCase())));
    if (index === -1) throw new ImportError(`line ${line.n}: cannot read the date ${quote(t)}: "${month}" is not a month; ${expected}`);
    [y, m, d] = [Number(year), index + 1, Number(day)];
  } else if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (t.length <= 40 && /\d/.test(t)) {
    throw new ImportError(`line ${line.n}: cannot read the date ${quote(t)}: ${expected}`);
  } else {
    throw new ImportError(`line ${line.n}: ${expected}, found ${quote(t)}`);
  }
  return checkedDate(line, y, m, d);
}

/** The ISO date, refusing one that does not exist (31 April). */
function checkedDate(line: Line, y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new ImportError(
      `line ${line.n}: the date ${quote(line.text)} does not exist; expected the date of publication after the author, such as "November 21, 2010"`,
    );
  }
  return date.toISOString().slice(0, 10);
}

/** Whether a paragraph ends a sentence: . ! ? … or a colon, perhaps followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…:]["'”’)\]*_]*$/.test(text);
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'vs',
  'etc',
  'no',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
]);

/** Splits prose into sentences, not breaking after initials ("U.S.", "A. Writer") or common abbreviations. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["'”’)\]]*\s+(?=["“‘'(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(start, m.index + 1);
    const lastWord = /(\S+)$/.exec(before)?.[1] ?? '';
    const bare = lastWord
      .replace(/^["“‘'(]+/, '')
      .replace(/\.$/, '')
      .toLowerCase();
    if (m[0].startsWith('.') && (/^(?:\p{L}\.)*\p{L}$/u.test(bare) || ABBREVIATIONS.has(bare))) continue;
    out.push(text.slice(start, m.index + m[0].trimEnd().length));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(text.slice(start).trim());
  return out;
}

/** Derives the publisher's name from the source URL's host: a name in the disclaimer (or bio) that spells the host. */
export function publisherFromHost(url: string, ...texts: string[]): string | undefined {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const label = host
    .split('.')[0]!
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  for (const text of texts) {
    const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= Math.min(words.length, i + 6); j++) {
        const run = words.slice(i, j);
        if (!run.every((w) => /^[\p{Lu}\d]/u.test(w))) break;
        const joined = run.join('').toLowerCase();
        // A capitalised "The" just before the name is part of it ("… position of The Baltic Times").
        const the = words[i - 1] === 'The' ? ['The'] : [];
        if (joined === label || (`the${joined}` === label && the.length)) return [...the, ...run].join(' ');
      }
    }
  }
  return undefined;
}

const lineRange = (a: number, b: number) => (a === b ? `line ${a}` : `lines ${a}–${b}`);
const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
