// Machine-readable records of an article for reference managers: BibTeX (biblatex-compatible),
// RIS and CSL-JSON. Each describes the newspaper article with its own URL, and names this
// edition in a note, as the default citation form does.
import { nameParts } from '../articles/authors.ts';
import { inverted, type CitationInput } from './formats.ts';

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const bibEscape = (s: string) => s.replace(/([&%$#_{}])/g, '\\$1');
const reprintNote = (c: CitationInput) => `Reprinted in ${c.edition.site}: ${c.edition.url}`;

/** A BibTeX/biblatex key: family name, year, first word of the title ("trenin2010turning"). */
export function citeKey(c: CitationInput): string {
  const first =
    c.title
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, '')
      .split(' ')[0] ?? '';
  const family = (nameParts(c.authors[0] ?? { name: '' }).family ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${family}${c.date.getUTCFullYear()}${first || 'article'}`;
}

/**
 * BibTeX has no newspaper type: `@article` with `entrysubtype = {newspaper}` is biblatex's
 * newspaper article. `journal` is read by BibTeX and biblatex alike; year, month (the `nov`
 * macro) and day give the whole date to both.
 */
export function bibtex(c: CitationInput): string {
  const fields: [string, string][] = [
    ['author', `{${bibEscape(c.authors.map(inverted).join(' and '))}}`],
    ['title', `{{${bibEscape(c.title)}}}`], // inner braces keep the title's capitals
    ['journal', `{${bibEscape(c.publisher)}}`],
    ['entrysubtype', '{newspaper}'],
    ['year', `{${c.date.getUTCFullYear()}}`],
    ['month', BIB_MONTHS[c.date.getUTCMonth()]!],
    ['day', `{${c.date.getUTCDate()}}`],
    ['url', `{${c.url}}`],
    ['langid', `{${c.lang}}`],
    ['note', `{${bibEscape(reprintNote(c))}}`],
    ['urldate', `{${iso(c.accessed)}}`],
  ];
  return `@article{${citeKey(c)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/**
 * RIS in the tags every reader takes the same way: in the 2011 tag set a newspaper's `AU`
 * is its "reporter" and `DA` is not its date, so the record keeps to the original tags
 * (`AU` author, `Y1` the full date "YYYY/MM/DD/"), which RIS readers map to the author and
 * the publication date.
 */
export function ris(c: CitationInput): string {
  const d = (date: Date) => `${iso(date).replace(/-/g, '/')}/`;
  const lines = [
    ['TY', 'NEWS'],
    ...c.authors.map((a) => ['AU', inverted(a)]),
    ['TI', c.title],
    ['T2', c.publisher],
    ['Y1', d(c.date)],
    ['UR', c.url],
    ['N1', reprintNote(c)],
    ['Y2', d(c.accessed)],
    ['ER', ''],
  ];
  return lines.map(([k, v]) => `${k}  - ${v}`).join('\r\n') + '\r\n';
}

const dateParts = (d: Date) => ({ 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

/** CSL-JSON (an array of one item), the input format of citation processors. */
export function cslJson(c: CitationInput): object[] {
  return [
    {
      id: citeKey(c),
      type: 'article-newspaper',
      title: c.title,
      author: c.authors.map((a) => {
        const { family, given } = nameParts(a);
        return given ? { family, given } : { literal: family };
      }),
      'container-title': c.publisher,
      issued: dateParts(c.date),
      URL: c.url,
      language: c.lang,
      ...(c.section ? { section: c.section } : {}),
      note: reprintNote(c),
      accessed: dateParts(c.accessed),
    },
  ];
}
