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
