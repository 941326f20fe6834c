// The seed article's Open Graph card, shared by the card drawing and card cache tests.
import type { OgCard } from '../../src/lib/og/image.ts';

export const seedCard: OgCard = {
  siteName: 'Folio',
  section: 'Opinion',
  title: 'Turning a Happy Hour Into a Happy Alliance',
  author: 'Dmitry Trenin',
  source: 'The Moscow Times, 21 November 2010',
};
