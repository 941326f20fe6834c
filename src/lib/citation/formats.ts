// Citations of an article's original publication in Chicago (17th ed., notes and
// bibliography), MLA (9th ed.) and APA (7th ed.), with this edition's URL, plus BibTeX and
// RIS records. Each style returns plain text and HTML (titles of periodicals in italics).
import { joinNames, nameParts, type Person } from '../articles/authors.ts';

export interface CitationInput {
  title: string;
  authors: Pick<Person, 'name' | 'family'>[]; // in byline order
  publisher: string; // the original publication, such as "The Moscow Times"
  date: Date; // of the original publication
  url: string; // this edition's address
  accessed: Date;
  paragraph?: string; // a pinpoint, where the style allows one
}

export interface Formatted {
  text: string;
  html: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Builds text and HTML from parts; parts wrapped in [ ] are italic. */
function compose(parts: (string | [string])[]): Formatted {
  return {
    text: parts.map((p) => (typeof p === 'string' ? p : p[0])).join(''),
    html: parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : `<i>${escapeHtml(p[0])}</i>`)).join(''),
  };
}

/** "Family, Given" (or the family name alone). */
const inverted = (p: Pick<Person, 'name' | 'family'>) => {
  const { family, given } = nameParts(p);
  return given ? `${family}, ${given}` : family;
};
const families = (c: CitationInput) => c.authors.map((a) => nameParts(a).family);

/** Chicago and MLA's list of authors: the first inverted, the rest as written ("Family, Given, and Given Family"). */
function listedAuthors(c: CitationInput, etAlFrom = Infinity): string {
  const [first, ...rest] = c.authors;
  if (!first) return '';
  if (rest.length === 0) return inverted(first);
  if (c.authors.length >= etAlFrom) return `${inverted(first)}, et al`;
  if (rest.length === 1) return `${inverted(first)}, and ${rest[0]!.name}`;
  return `${inverted(first)}, ${rest
    .slice(0, -1)
    .map((a) => a.name)
    .join(', ')}, and ${rest.at(-1)!.name}`;
}

/** In-text author names: "Trenin", "Trenin and Lo" (APA: "Trenin & Lo"), "Trenin et al.". */
export function inTextAuthors(c: CitationInput, and: 'and' | '&'): string {
  const names = families(c);
  if (names.length >= 3) return `${names[0]} et al.`;
  return names.join(` ${and} `);
}

/** "The Moscow Times" → "Moscow Times": Chicago and MLA drop a leading article from a newspaper's name. */
const withoutArticle = (name: string) => name.replace(/^(The|A|An) /, '');
/** A title ends in its own punctuation when it has one; otherwise with `mark`. */
const closing = (title: string, mark: string) => (/[.?!]$/.test(title) ? '' : mark);
const y = (d: Date) => d.getUTCFullYear();
const m = (d: Date) => MONTHS[d.getUTCMonth()]!;
const day = (d: Date) => d.getUTCDate();

const MINOR = new Set('a an the and but or nor for as at by in into of off on onto over per to up upon via with from than'.split(' '));

/** Chicago and MLA headline case: articles, coordinating conjunctions and prepositions are lowercase unless first or last. */
export function headlineCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((w, i) => (i > 0 && i < words.length - 1 && MINOR.has(w.toLowerCase()) && !/[:]$/.test(words[i - 1]!) ? w.toLowerCase() : w))
    .join(' ');
}

/** Chicago bibliography entry; with a paragraph, a note with the pinpoint ("par. 7"). */
export function chicago(c: CitationInput): Formatted {
  const when = `${m(c.date)} ${day(c.date)}, ${y(c.date)}`;
  if (c.paragraph) {
    const names = c.authors.length > 3 ? `${c.authors[0]!.name} et al.` : joinNames(c.authors.map((a) => a.name));
    return compose([
      `${names}, “${headlineCase(c.title)}${closing(c.title, ',')}” `,
      [withoutArticle(c.publisher)],
      `, ${when}, par. ${c.paragraph}, ${c.url}.`,
    ]);
  }
  return compose([
    `${listedAuthors(c)}. “${headlineCase(c.title)}${closing(c.title, '.')}” `,
    [withoutArticle(c.publisher)],
    `, ${when}. ${c.url}.`,
  ]);
}

/** MLA works-cited entry (URL without the scheme, access date); the pinpoint goes in-text: (Trenin, par. 7). */
export function mla(c: CitationInput): Formatted {
  const d = (date: Date) => `${day(date)} ${MLA_MONTHS[date.getUTCMonth()]} ${y(date)}`;
  const entry: (string | [string])[] = [
    `${listedAuthors(c, 3)}. “${headlineCase(c.title)}${closing(c.title, '.')}” `,
    [withoutArticle(c.publisher)],
    `, ${d(c.date)}, ${c.url.replace(/^https?:\/\//, '')}. Accessed ${d(c.accessed)}.`,
  ];
  if (c.paragraph) entry.push(` In-text: (${inTextAuthors(c, 'and')}, par. ${c.paragraph}).`);
  return compose(entry);
}

/** APA: title in sentence case; the pinpoint goes in-text: (Trenin, 2010, para. 7). */
export function apa(c: CitationInput): Formatted {
  const names = c.authors.map((a) => {
    const { family, given } = nameParts(a);
    const initials = given
      .split(/\s+/)
      .filter(Boolean)
      .map((g) => `${g[0]}.`)
      .join(' ');
    return initials ? `${family}, ${initials}` : family;
  });
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  const entry: (string | [string])[] = [
    `${list} (${y(c.date)}, ${m(c.date)} ${day(c.date)}). ${sentenceCase(c.title)}${closing(c.title, '.')} `,
    [c.publisher],
    `. ${c.url}`,
  ];
  if (c.paragraph) entry.push(` In-text: (${inTextAuthors(c, '&')}, ${y(c.date)}, para. ${c.paragraph}).`);
  return compose(entry);
}

/**
 * APA's sentence case: capitalised words after the first (and after a colon) are lowered;
 * words in capitals (NATO) and words a writer has set in mixed case are left alone.
 * Proper nouns in Title Case cannot be told apart; `keep` lists them ("Russia").
 */
export function sentenceCase(title: string, keep: string[] = []): string {
  return title.replace(/(^|[:?!]\s+|\s)([A-Z][a-z’']*)\b/g, (all, lead: string, word: string) =>
    lead === '' || /[:?!]/.test(lead) || keep.includes(word) ? all : lead + word.toLowerCase(),
  );
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const bibEscape = (s: string) => s.replace(/([&%$#_{}])/g, '\\$1');

/** A BibTeX/biblatex key: family name, year, first word of the title ("trenin2010turning"). */
export function citeKey(c: CitationInput): string {
  const first =
    c.title
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, '')
      .split(' ')[0] ?? '';
  return `${(families(c)[0] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')}${y(c.date)}${first}`;
}

export function bibtex(c: CitationInput): string {
  const fields: [string, string][] = [
    ['author', bibEscape(c.authors.map(inverted).join(' and '))],
    ['title', `{${bibEscape(c.title)}}`], // inner braces keep the title's capitals
    ['journal', bibEscape(c.publisher)],
    ['year', String(y(c.date))],
    ['month', String(c.date.getUTCMonth() + 1)],
    ['date', iso(c.date)],
    ['url', c.url],
    ['urldate', iso(c.accessed)],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@article{${citeKey(c)},\n${body}\n}\n`;
}

export function ris(c: CitationInput): string {
  const d = (date: Date) => iso(date).replace(/-/g, '/');
  const lines = [
    ['TY', 'NEWS'],
    ...c.authors.map((a) => ['AU', inverted(a)]),
    ['TI', c.title],
    ['T2', c.publisher],
    ['PY', String(y(c.date))],
    ['DA', d(c.date)],
    ['UR', c.url],
    ['Y2', d(c.accessed)],
    ['ER', ''],
  ];
  return lines.map(([k, v]) => `${k}  - ${v}`).join('\r\n') + '\r\n';
}
