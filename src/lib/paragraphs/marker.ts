// Paragraph ids are written into the MDX as a leading marker: "¶7 The paragraph…".
// The marker travels with its paragraph through every edit, so a link to #p7 keeps
// pointing at the same words. New paragraphs take a letter suffix ("¶4a") instead
// of renumbering the rest. See docs/paragraph-ids.md.

export const MARKER = /^¶(\d+[a-z]*)[ \t]+/;

/** Splits "¶7 Text…" into its number ("7") and the text after the marker. */
export function readMarker(text: string): { number: string; rest: string } | null {
  const m = MARKER.exec(text);
  return m ? { number: m[1]!, rest: text.slice(m[0].length) } : null;
}

/** The HTML id of paragraph number `n` ("7" → "p7"). */
export const paragraphId = (n: string): string => `p${n}`;

/** Orders paragraph numbers as they run in the text: "4" < "4a" < "4b" < "5" < "10". */
export function compareNumbers(a: string, b: string): number {
  const [, an = '0', as = ''] = /^(\d+)([a-z]*)$/.exec(a) ?? [];
  const [, bn = '0', bs = ''] = /^(\d+)([a-z]*)$/.exec(b) ?? [];
  return Number(an) - Number(bn) || (as < bs ? -1 : as > bs ? 1 : 0);
}

/** The notice shown in place of a deleted paragraph, whose number is never reused. */
export const retiredNotice = (number: string, note: string): string => `Paragraph ${number} has been removed from this article. ${note}`;
