// Citations in Chicago (17th ed., notes and bibliography), MLA (9th ed.) and APA (7th ed.),
// each in two forms: the original publication with its own URL (the default), and this
// edition, where the reader found it ("reprinted in Folio", its URL, a ¶ pinpoint). Each
// returns plain text and HTML (italics as the style sets them).
import { joinNames, nameParts, type Person } from '../articles/authors.ts';

export interface CitationInput {
  title: string;
  authors: Pick<Person, 'name' | 'family'>[]; // in byline order
  publisher: string; // the original publication, such as "The Moscow Times"
  date: Date; // of the original publication
  url: string; // the original publication's address
  lang: string; // of the title (BCP 47); English titles are recased as each style asks
  section?: string | undefined;
  edition: { site: string; url: string }; // this edition: the site's name and the article's address
  accessed: Date; // the day this edition was read (the build's day unless a script updates it)
}

/** `original`: the newspaper with its URL; `reprint`: this edition, with its URL. */
export type Form = 'original' | 'reprint';

export interface Formatted {
  text: string;
  html: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters. */
export const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A part of an entry: plain text, [italic text], or {accessed: text} (the date a script may update). */
type Part = string | [string] | { accessed: string };

/** Builds text and HTML from parts. */
function compose(parts: Part[]): Formatted {
  const text = (p: Part) => (typeof p === 'string' ? p : Array.isArray(p) ? p[0] : p.accessed);
  const html = (p: Part) =>
    typeof p === 'string'
      ? escapeHtml(p)
      : Array.isArray(p)
        ? `<i>${escapeHtml(p[0])}</i>`
        : `<span class="accessed-date">${escapeHtml(p.accessed)}</span>`;
  return { text: parts.map(text).join(''), html: parts.map(html).join('') };
}

/** "Family, Given" (or the family name alone). */
export const inverted = (p: Pick<Person, 'name' | 'family'>) => {
  const { family, given } = nameParts(p);
  return given ? `${family}, ${given}` : family;
};
const families = (c: CitationInput) => c.authors.map((a) => nameParts(a).family);

/** Chicago and MLA's list of authors: the first inverted, the rest as written ("Family, Given, and Given Family"). */
/** Ends the author list with a full stop, unless it already ends with one ("Writer, A."). */
const endSentence = (s: string) => (s.endsWith('.') ? s : `${s}.`);

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

/** "The Moscow Times" → "Moscow Times": Chicago and MLA drop a leading English article from a newspaper's name. */
const withoutArticle = (name: string) => name.replace(/^(The|A|An) /, '');
/** A title ends in its own punctuation when it has one; otherwise with `mark`. */
const closing = (title: string, mark: string) => (/[.?!…]$/.test(title) ? '' : mark);
const y = (d: Date) => d.getUTCFullYear();
const m = (d: Date) => MONTHS[d.getUTCMonth()]!;
const day = (d: Date) => d.getUTCDate();
const isEnglish = (c: CitationInput) => /^en\b/i.test(c.lang);
const noScheme = (url: string) => url.replace(/^https?:\/\//, '');

const MINOR = new Set('a an the and but or nor for as at by in into of off on onto over per to up upon via with from than'.split(' '));

/** Chicago and MLA headline case: articles, coordinating conjunctions and prepositions are lowercase unless first or last. */
export function headlineCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((w, i) => (i > 0 && i < words.length - 1 && MINOR.has(w.toLowerCase()) && !/[:]$/.test(words[i - 1]!) ? w.toLowerCase() : w))
    .join(' ');
}

/** A title as Chicago and MLA print it: headline case in English, as written in other languages. */
const headline = (c: CitationInput) => (isEnglish(c) ? headlineCase(c.title) : c.title);

/** Chicago bibliography entry. */
export function chicago(c: CitationInput, form: Form = 'original'): Formatted {
  const parts: Part[] = [
    `${endSentence(listedAuthors(c))} “${headline(c)}${closing(c.title, '.')}” `,
    [withoutArticle(c.publisher)],
    `, ${m(c.date)} ${day(c.date)}, ${y(c.date)}. `,
  ];
  parts.push(form === 'original' ? `${c.url}.` : `Reprinted in ${c.edition.site}. ${c.edition.url}.`);
  return compose(parts);
}

/** Chicago note; the reprint's note may carry a paragraph pinpoint ("par. 7"). */
export function chicagoNote(c: CitationInput, form: Form = 'original', paragraph?: string): Formatted {
  const names = c.authors.length > 3 ? `${c.authors[0]!.name} et al.` : joinNames(c.authors.map((a) => a.name));
  const parts: Part[] = [
    `${names}, “${headline(c)}${closing(c.title, ',')}” `,
    [withoutArticle(c.publisher)],
    `, ${m(c.date)} ${day(c.date)}, ${y(c.date)}, `,
  ];
  if (form === 'original') parts.push(`${c.url}.`);
  else parts.push(`reprinted in ${c.edition.site}, ${paragraph ? `par. ${paragraph}, ` : ''}${c.edition.url}.`);
  return compose(parts);
}

/** MLA's day-month-year date. */
export const mlaDate = (date: Date) => `${day(date)} ${MLA_MONTHS[date.getUTCMonth()]} ${y(date)}`;

/**
 * MLA works-cited entry. The reprint has two containers, the newspaper and this site (MLA
 * 9 drops "Rpt. in"), with the site's URL without its scheme and the reader's access date.
 */
export function mla(c: CitationInput, form: Form = 'original'): Formatted {
  const parts: Part[] = [`${endSentence(listedAuthors(c, 3))} “${headline(c)}${closing(c.title, '.')}” `, [withoutArticle(c.publisher)]];
  if (form === 'original') parts.push(`, ${mlaDate(c.date)}, ${noScheme(c.url)}.`);
  else
    parts.push(
      `, ${mlaDate(c.date)}. `,
      [c.edition.site],
      `, ${noScheme(c.edition.url)}. Accessed `,
      { accessed: mlaDate(c.accessed) },
      '.',
    );
  return compose(parts);
}

/** MLA in-text citation with a paragraph pinpoint: (Trenin, par. 7). */
export const mlaInText = (c: CitationInput, paragraph: string) => `(${inTextAuthors(c, 'and')}, par. ${paragraph})`;

/**
 * APA reference: title in sentence case. The original is a newspaper article (title plain,
 * newspaper italic); the reprint is a web page (title italic, site plain) with a
 * "Reprinted from" note naming the newspaper.
 */
export function apa(c: CitationInput, form: Form = 'original'): Formatted {
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
  const title = isEnglish(c) ? sentenceCase(c.title) : c.title;
  const head = `${list} (${y(c.date)}, ${m(c.date)} ${day(c.date)}). `;
  if (form === 'original') return compose([`${head}${title}${closing(title, '.')} `, [c.publisher], `. ${c.url}`]);
  return compose([head, [title], `${closing(title, '.')} ${c.edition.site}. ${c.edition.url} (Reprinted from `, [c.publisher], ')']);
}

/** APA in-text citation with a paragraph pinpoint: (Trenin, 2010, para. 7). */
export const apaInText = (c: CitationInput, paragraph: string) => `(${inTextAuthors(c, '&')}, ${y(c.date)}, para. ${paragraph})`;

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
