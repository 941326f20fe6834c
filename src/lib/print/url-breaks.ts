// Where a printed URL may wrap: before a hyphen, slash, dot or query mark, never right after a
// hyphen (a hyphen at a line's end reads as a soft hyphen, and copied text loses it).

/** A break point in a URL: its punctuation and the character after it, kept together, then the text up to the next. */
export interface UrlJoint {
  joint: string;
  rest: string;
}

/** `url` as its text before the first break point, then each break point with the text up to the next. */
export function urlBreakParts(url: string): { head: string; parts: UrlJoint[] } {
  const head = /^[^-/.?#&=]*/.exec(url)![0];
  const parts = [...url.slice(head.length).matchAll(/([-/.?#&=]+[^-/.?#&=]?)([^-/.?#&=]*)/g)].map((m) => ({
    joint: m[1]!,
    rest: m[2]!,
  }));
  return { head, parts };
}
