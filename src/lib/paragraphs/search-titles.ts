// How a passage reads as a search sub-result: its number plus its opening words
// ("¶ 4 · Missile defense, of course, stands out among…"). Footnotes use it ("Note 2 · …");
// a numbered paragraph's sub-result is titled "¶ 4" alone (rehype-pagefind-paragraphs.ts).

const OPENING_WORDS = 8;

/** The sub-result title of paragraph `number` whose text is `text`. */
export function paragraphResultTitle(number: string, text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const opening = words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[\s,;:.–—-]+$/, '');
  if (!opening) return `¶ ${number}`;
  return `¶ ${number} · ${opening}${words.length > OPENING_WORDS ? '…' : ''}`;
}
