// Expected strings written by hand from the style guides, for both forms of each citation:
// the original newspaper article with its own URL, and this edition. Chicago 17th ed. 14.191
// (newspaper articles), 14.106 ("reprinted in"), 14.150 ("par."), 14.206 (websites in roman);
// MLA Handbook 9th ed. 5.x (two containers; "par." in-text; access date); APA 7th ed. 10.1
// (newspaper article), 10.16 (web page), 9.41 (republished work), 8.28 ("para.").
import { describe, expect, it } from 'vitest';
import {
  apa,
  apaInText,
  chicago,
  chicagoNote,
  headlineCase,
  mla,
  mlaInText,
  sentenceCase,
  type CitationInput,
} from '../../src/lib/citation/formats.ts';
import { FOLIO, MT, seed, two } from './citation-inputs.ts';

/** A French title: left as written (no English headline or sentence case). */
const french: CitationInput = {
  ...seed,
  title: 'La Russie et l’OTAN : de l’heure joyeuse à l’alliance',
  authors: [{ name: 'Dmitry Trenin' }],
  publisher: 'Le Monde',
  url: 'https://www.lemonde.fr/idees/article/2010/11/21/la-russie-et-l-otan',
  lang: 'fr',
};

describe('Chicago (notes and bibliography)', () => {
  it('bibliography, original: newspaper without "The", italic, its own URL', () => {
    expect(chicago(seed).html).toBe(
      `Trenin, Dmitry. “Turning a Happy Hour into a Happy Alliance.” <i>Moscow Times</i>, November 21, 2010. ${MT}.`,
    );
  });
  it('bibliography, this edition: "Reprinted in Folio" (a website, roman) with its URL', () => {
    expect(chicago(seed, 'reprint').text).toBe(
      `Trenin, Dmitry. “Turning a Happy Hour into a Happy Alliance.” Moscow Times, November 21, 2010. Reprinted in Folio. ${FOLIO}.`,
    );
  });
  it('notes: the original, and this edition with a paragraph pinpoint', () => {
    expect(chicagoNote(seed).text).toBe(
      `Dmitry Trenin, “Turning a Happy Hour into a Happy Alliance,” Moscow Times, November 21, 2010, ${MT}.`,
    );
    expect(chicagoNote(seed, 'reprint', '7').text).toBe(
      `Dmitry Trenin, “Turning a Happy Hour into a Happy Alliance,” Moscow Times, November 21, 2010, reprinted in Folio, par. 7, ${FOLIO}.`,
    );
  });
  it('two authors, one with a particle', () => {
    expect(chicago(two).text).toBe(
      `Trenin, Dmitry, and Ursula von der Leyen. “Turning a Happy Hour into a Happy Alliance.” Moscow Times, November 21, 2010. ${MT}.`,
    );
    expect(chicagoNote(two, 'reprint', '3').text).toMatch(/^Dmitry Trenin and Ursula von der Leyen, “Turning/);
  });
  it('a non-English title keeps its own capitalisation and newspaper name', () => {
    expect(chicago(french).html).toBe(
      'Trenin, Dmitry. “La Russie et l’OTAN : de l’heure joyeuse à l’alliance.” <i>Le Monde</i>, November 21, 2010. https://www.lemonde.fr/idees/article/2010/11/21/la-russie-et-l-otan.',
    );
  });
});

describe('MLA', () => {
  it('original: abbreviated month, URL without scheme, no access date', () => {
    expect(mla(seed).html).toBe(
      'Trenin, Dmitry. “Turning a Happy Hour into a Happy Alliance.” <i>Moscow Times</i>, 21 Nov. 2010, www.themoscowtimes.com/2010/11/21/turning-a-happy-hour-into-a-happy-alliance-a3127.',
    );
  });
  it('this edition: a second container (the site, italic), its URL and the access date', () => {
    expect(mla(seed, 'reprint').text).toBe(
      'Trenin, Dmitry. “Turning a Happy Hour into a Happy Alliance.” Moscow Times, 21 Nov. 2010. Folio, folio.example/articles/turning-a-happy-hour-into-a-happy-alliance/. Accessed 28 Nov. 2026.',
    );
    // The access date is marked for the page's script, which puts in the reader's day.
    expect(mla(seed, 'reprint').html).toContain('<i>Folio</i>, folio.example/');
    expect(mla(seed, 'reprint').html).toContain('Accessed <span class="accessed-date">28 Nov. 2026</span>.');
  });
  it('two authors, one with a particle; three or more: et al.', () => {
    expect(mla(two).text).toMatch(/^Trenin, Dmitry, and Ursula von der Leyen\. “/);
    expect(mla({ ...two, authors: [...two.authors, { name: 'Bobo Lo' }] }).text).toMatch(/^Trenin, Dmitry, et al\. “/);
  });
  it('a non-English title as written', () => {
    expect(mla(french).text).toMatch(
      /^Trenin, Dmitry\. “La Russie et l’OTAN : de l’heure joyeuse à l’alliance\.” Le Monde, 21 Nov\. 2010, www\.lemonde\.fr/,
    );
  });
  it('in-text paragraph citation', () => {
    expect(mlaInText(seed, '7')).toBe('(Trenin, par. 7)');
    expect(mlaInText(two, '7')).toBe('(Trenin and von der Leyen, par. 7)');
  });
});

describe('APA', () => {
  it('original: initials, (year, Month day), sentence-case title, italic newspaper with "The", its URL', () => {
    expect(apa(seed).html).toBe(
      `Trenin, D. (2010, November 21). Turning a happy hour into a happy alliance. <i>The Moscow Times</i>. ${MT}`,
    );
  });
  it('this edition: a web page (italic title, plain site name) reprinted from the newspaper', () => {
    expect(apa(seed, 'reprint').html).toBe(
      `Trenin, D. (2010, November 21). <i>Turning a happy hour into a happy alliance</i>. Folio. ${FOLIO} (Reprinted from <i>The Moscow Times</i>)`,
    );
  });
  it('two authors, one with a particle', () => {
    expect(apa(two).text).toMatch(/^Trenin, D\., & von der Leyen, U\. \(2010, November 21\)\. /);
    expect(apaInText(two, '4a')).toBe('(Trenin & von der Leyen, 2010, para. 4a)');
  });
  it('a non-English title keeps its capitals', () => {
    expect(apa(french).text).toBe(
      'Trenin, D. (2010, November 21). La Russie et l’OTAN : de l’heure joyeuse à l’alliance. Le Monde. https://www.lemonde.fr/idees/article/2010/11/21/la-russie-et-l-otan',
    );
  });
  it('in-text paragraph citation', () => {
    expect(apaInText(seed, '4a')).toBe('(Trenin, 2010, para. 4a)');
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

it('does not double the full stop after an initial', () => {
  const initial: CitationInput = { ...seed, authors: [{ name: 'A. Writer' }] };
  expect(chicago(initial).text).toMatch(/^Writer, A\. “/);
  expect(mla(initial).text).toMatch(/^Writer, A\. “/);
});
