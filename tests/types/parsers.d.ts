// The little the tests use of two parsers that ship no type declarations.

declare module '@citation-js/core' {
  /** Reads any format a loaded plugin knows into CSL-JSON items (`data`). */
  export class Cite {
    constructor(input: unknown);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

declare module 'feedparser' {
  import { Transform } from 'node:stream';
  namespace FeedParser {
    interface Item {
      title: string;
      link: string;
      description: string;
    }
    interface Meta {
      xmlurl: string | null;
      link: string | null;
    }
  }
  class FeedParser extends Transform {
    constructor(options?: { normalize?: boolean; addmeta?: boolean; feedurl?: string });
    meta: FeedParser.Meta;
    read(): FeedParser.Item | null;
  }
  export default FeedParser;
}
