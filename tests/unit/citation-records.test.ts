// BibTeX, RIS and CSL-JSON records, read back by a real parser (citation.js with its BibTeX
// and RIS plugins): a newspaper article, its authors as authors, the whole date, both URLs.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { bibtex, citeKey, cslJson, ris } from '../../src/lib/citation/records.ts';
import { FOLIO, MT, seed, two } from './citation-inputs.ts';

/** What every parser must read back from a record of `two`, whatever the format. */
const common = { title: seed.title, 'container-title': 'The Moscow Times', issued: { 'date-parts': [[2010, 11, 21]] }, URL: MT };

/** The CSL-JSON item a parser makes of `text`, without its bookkeeping. */
function parsed(text: string): Record<string, unknown> {
  const data = new Cite(text).data as Record<string, unknown>[];
  expect(data).toHaveLength(1);
  const { _graph, id, ...item } = data[0]!;
  return item;
}

describe('BibTeX', () => {
  it('is an @article of subtype newspaper with month = nov', () => {
    expect(citeKey(seed)).toBe('trenin2010turning');
    expect(bibtex(seed)).toBe(
      `@article{trenin2010turning,
  author = {Trenin, Dmitry},
  title = {{Turning a Happy Hour Into a Happy Alliance}},
  journal = {The Moscow Times},
  entrysubtype = {newspaper},
  year = {2010},
  month = nov,
  day = {21},
  url = {${MT}},
  langid = {en},
  note = {Reprinted in Folio: ${FOLIO}},
  urldate = {2026-11-28}
}
`,
    );
  });
  it('round-trips through a BibTeX parser: newspaper, authors with a particle, the whole date', () => {
    const item = parsed(bibtex(two));
    expect(item).toMatchObject({
      ...common,
      genre: 'newspaper',
      author: [
        { family: 'Trenin', given: 'Dmitry' },
        { family: 'Leyen', 'non-dropping-particle': 'von der', given: 'Ursula' },
      ],
      accessed: { 'date-parts': [[2026, 11, 28]] },
      note: `Reprinted in Folio: ${FOLIO}`,
    });
  });
});

describe('RIS', () => {
  it('is a NEWS record with the original tags for author and date', () => {
    expect(ris(seed).split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - Trenin, Dmitry',
      'TI  - Turning a Happy Hour Into a Happy Alliance',
      'T2  - The Moscow Times',
      'Y1  - 2010/11/21/',
      `UR  - ${MT}`,
      `N1  - Reprinted in Folio: ${FOLIO}`,
      'Y2  - 2026/11/28/',
      'ER  - ',
      '',
    ]);
  });
  it('round-trips through a RIS parser: a newspaper article by its authors (not "reporters"), the whole date', () => {
    const item = parsed(ris(two));
    const author = [
      { family: 'Trenin', given: 'Dmitry' },
      { family: 'von der Leyen', given: 'Ursula' },
    ];
    expect(item).toMatchObject({ ...common, type: 'article-newspaper', author });
    expect(item).not.toHaveProperty('reporter');
  });
});

describe('BibTeX and RIS agree', () => {
  it('on title, publication, authors, date and URL', () => {
    const [b, r] = [parsed(bibtex(two)), parsed(ris(two))];
    for (const key of ['title', 'container-title', 'issued', 'URL', 'note'] as const) expect(b[key]).toEqual(r[key]);
    const names = (item: Record<string, unknown>) =>
      (item['author'] as { family: string; given: string; 'non-dropping-particle'?: string }[]).map((a) =>
        [a['non-dropping-particle'], a.family, a.given].filter(Boolean).join(' '),
      );
    expect(names(b)).toEqual(names(r));
  });
});

describe('CSL-JSON', () => {
  it('is an article-newspaper item that citation.js accepts as it is', () => {
    const [item] = cslJson(two) as Record<string, unknown>[];
    expect(item).toEqual({
      id: 'trenin2010turning',
      type: 'article-newspaper',
      title: seed.title,
      author: [
        { family: 'Trenin', given: 'Dmitry' },
        { family: 'von der Leyen', given: 'Ursula' },
      ],
      'container-title': 'The Moscow Times',
      issued: { 'date-parts': [[2010, 11, 21]] },
      URL: MT,
      language: 'en',
      section: 'Opinion',
      note: `Reprinted in Folio: ${FOLIO}`,
      accessed: { 'date-parts': [[2026, 11, 28]] },
    });
    expect(new Cite(cslJson(two)).data[0]).toMatchObject({ type: 'article-newspaper', 'container-title': 'The Moscow Times' });
  });
});
