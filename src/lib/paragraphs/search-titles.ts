// How a paragraph reads as a search sub-result: its citation number plus its opening
// words ("¶ 4 · Missile defense, of course, stands out among…"), so a result list shows
// which passage matched and where it sits in the article.

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
