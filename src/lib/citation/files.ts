// The reference-manager files of an article: <id>.bib (BibTeX), <id>.ris (RIS) and <id>.json
// (CSL-JSON), each with its media type (`astro dev` serves them with it).
import type { CitationInput } from './formats.ts';
import { bibtex, cslJson, ris } from './records.ts';

export const CITE_FORMATS = {
  bib: { make: bibtex, type: 'application/x-bibtex' },
  ris: { make: ris, type: 'application/x-research-info-systems' },
  json: {
    // Unindented: a machine reads it, and indenting made it half again as large.
    make: (input: CitationInput) => `${JSON.stringify(cslJson(input))}\n`,
    type: 'application/vnd.citationstyles.csl+json',
  },
} as const;
export type CiteFormat = keyof typeof CITE_FORMATS;
export const citeFormats = Object.keys(CITE_FORMATS) as CiteFormat[];

/** An article's citation files: [file name under cite/, text], one per format. */
export function citeFiles(id: string, input: CitationInput): [string, string][] {
  return citeFormats.map((format) => [`${id}.${format}`, CITE_FORMATS[format].make(input)]);
}
