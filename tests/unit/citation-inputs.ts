// Citation inputs shared by the citation tests: the seed article, and the same with two
// authors, one of them with a particle that belongs to the family name.
import type { CitationInput } from '../../src/lib/citation/formats.ts';

export const MT = 'https://www.themoscowtimes.com/2010/11/21/turning-a-happy-hour-into-a-happy-alliance-a3127';
export const FOLIO = 'https://folio.example/articles/turning-a-happy-hour-into-a-happy-alliance/';
export const seed: CitationInput = {
  title: 'Turning a Happy Hour Into a Happy Alliance',
  authors: [{ name: 'Dmitry Trenin' }],
  publisher: 'The Moscow Times',
  date: new Date('2010-11-21T00:00:00Z'),
  url: MT,
  lang: 'en',
  section: 'Opinion',
  edition: { site: 'Folio', url: FOLIO },
  accessed: new Date('2026-11-28T00:00:00Z'),
};
export const two: CitationInput = {
  ...seed,
  authors: [{ name: 'Dmitry Trenin' }, { name: 'Ursula von der Leyen', family: 'von der Leyen' }],
};
