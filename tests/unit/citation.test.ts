// Expected strings written by hand from the style guides (Chicago 17th ed. 14.191 and
// 14.150 "par."; MLA Handbook 9th ed. 5.x, "par." in-text; APA 7th ed. 10.1 newspaper
// article, 8.28 "para."), for the seed article as published in this edition.
import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, citeKey, headlineCase, mla, ris, sentenceCase, type CitationInput } from '../../src/lib/citation/formats.ts';

const URL_ = 'https://folio.example/articles/turning-a-happy-hour-into-a-happy-alliance/';
const seed: CitationInput = {
  title: 'Turning a Happy Hour Into a Happy Alliance',
  authors: [{ name: 'Dmitry Trenin' }],
  publisher: 'The Moscow Times',
  date: new Date('2010-11-21T00:00:00Z'),
  url: URL_,
  accessed: new Date('2026-11-28T00:00:00Z'),
};

describe('Chicago', () => {
  it('bibliography entry: newspaper name without "The", italic, month-day-year', () => {
    expect(chicago(seed).text).toBe(
      `Trenin, Dmitry. “Turning a Happy Hour into a Happy Alliance.” Moscow Times, November 21, 2010. ${URL_}.`,
    );
    expect(chicago(seed).html).toBe(
      `Trenin, Dmitry. “Turning a Happy Hour into a Happy Alliance.” <i>Moscow Times</i>, November 21, 2010. ${URL_}.`,
    );
  });
  it('note with a paragraph pinpoint', () => {
    expect(chicago({ ...seed, paragraph: '7' }).text).toBe(
      `Dmitry Trenin, “Turning a Happy Hour into a Happy Alliance,” Moscow Times, November 21, 2010, par. 7, ${URL_}.`,
    );
  });
});

describe('MLA', () => {
  it('works-cited entry: abbreviated month, URL without scheme, access date', () => {
    expect(mla(seed).html).toBe(
      'Trenin, Dmitry. “Turning a Happy Hour into a Happy Alliance.” <i>Moscow Times</i>, 21 Nov. 2010, folio.example/articles/turning-a-happy-hour-into-a-happy-alliance/. Accessed 28 Nov. 2026.',
    );
  });
  it('in-text paragraph citation', () => {
    expect(mla({ ...seed, paragraph: '7' }).text).toMatch(/ In-text: \(Trenin, par\. 7\)\.$/);
  });
});

describe('APA', () => {
  it('reference: initials, (year, Month day), sentence-case title, italic newspaper with "The"', () => {
    expect(apa(seed).html).toBe(
      `Trenin, D. (2010, November 21). Turning a happy hour into a happy alliance. <i>The Moscow Times</i>. ${URL_}`,
    );
  });
  it('in-text paragraph citation', () => {
    expect(apa({ ...seed, paragraph: '4a' }).text).toMatch(/ In-text: \(Trenin, 2010, para\. 4a\)\.$/);
  });
  it('sentence case keeps acronyms and listed proper nouns', () => {
    expect(sentenceCase('Why NATO Needs Russia: A Happy Hour', ['Russia'])).toBe('Why NATO needs Russia: A happy hour');
  });
});

describe('headline case', () => {
  it('lowers prepositions, articles and conjunctions inside the title only', () => {
    expect(headlineCase('A Walk in The Park With a Dog To Love')).toBe('A Walk in the Park with a Dog to Love');
  });
});

describe('BibTeX and RIS', () => {
  it('BibTeX article', () => {
    expect(citeKey(seed)).toBe('trenin2010turning');
    expect(bibtex(seed)).toBe(
      `@article{trenin2010turning,
  author = {Trenin, Dmitry},
  title = {{Turning a Happy Hour Into a Happy Alliance}},
  journal = {The Moscow Times},
  year = {2010},
  month = {11},
  date = {2010-11-21},
  url = {${URL_}},
  urldate = {2026-11-28}
}
`,
    );
  });
  it('RIS newspaper record', () => {
    expect(ris(seed).split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - Trenin, Dmitry',
      'TI  - Turning a Happy Hour Into a Happy Alliance',
      'T2  - The Moscow Times',
      'PY  - 2010',
      'DA  - 2010/11/21',
      `UR  - ${URL_}`,
      'Y2  - 2026/11/28',
      'ER  - ',
      '',
    ]);
  });
});

describe('several authors', () => {
  const two: CitationInput = { ...seed, authors: [{ name: 'Dmitry Trenin' }, { name: 'Ludwig van Beethoven', family: 'van Beethoven' }] };
  const three: CitationInput = { ...two, authors: [...two.authors, { name: 'Bobo Lo' }] };
  it('lists them as each style does', () => {
    expect(chicago(two).text).toMatch(/^Trenin, Dmitry, and Ludwig van Beethoven\. “/);
    expect(mla(two).text).toMatch(/^Trenin, Dmitry, and Ludwig van Beethoven\. “/);
    expect(mla(three).text).toMatch(/^Trenin, Dmitry, et al\. “/);
    expect(apa(three).text).toMatch(/^Trenin, D\., van Beethoven, L\., & Lo, B\. \(2010/);
    expect(bibtex(two)).toContain('author = {Trenin, Dmitry and van Beethoven, Ludwig}');
    expect(
      ris(two)
        .split('\r\n')
        .filter((l) => l.startsWith('AU')),
    ).toEqual(['AU  - Trenin, Dmitry', 'AU  - van Beethoven, Ludwig']);
  });
});
