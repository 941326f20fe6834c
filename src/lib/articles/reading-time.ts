// Reading time from the article's MDX body, rounded up. Words are read at an adult's silent
// pace for non-fiction (about 238 a minute; Brysbaert 2019). Chinese, Japanese and Korean
// are written without spaces between words, so their characters are counted instead, at the
// pace measured for each script (docs/i18n.md).

export const WORDS_PER_MINUTE = 238;

/** Characters a minute for the scripts counted by character, by the article's primary language subtag. */
export const CHARACTERS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357, ko: 357 };
const FALLBACK_CHARACTERS_PER_MINUTE = 255;

/** One Han, kana or Hangul character: the unit of reading in Chinese, Japanese and Korean. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** The text a reader sees in an MDX body: no frontmatter, markers, tags, link targets or expressions. */
function bodyText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/¶\d+[a-z]*/g, ' ')
    .replace(/[#*_`>|~]/g, ' ');
}

/** A run of non-space characters with a letter or digit in it: one word. */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

const wordsOf = (text: string) => text.replace(CJK_CHARACTER, ' ').match(WORD) ?? [];
const cjkCount = (text: string) => text.match(CJK_CHARACTER)?.length ?? 0;

/** The words a reader sees in an MDX body (Chinese, Japanese and Korean characters left out). */
export function bodyWords(mdx: string): string[] {
  return wordsOf(bodyText(mdx));
}

/** The Chinese, Japanese and Korean characters a reader sees in an MDX body. */
export function bodyCjkCharacters(mdx: string): number {
  return cjkCount(bodyText(mdx));
}

/** Minutes to read `mdx`, written in `lang` (a BCP 47 tag: its primary subtag picks the pace for CJK characters). */
export function readingMinutes(mdx: string, lang = 'en', wpm = WORDS_PER_MINUTE): number {
  const cpm = CHARACTERS_PER_MINUTE[lang.split('-')[0]!.toLowerCase()] ?? FALLBACK_CHARACTERS_PER_MINUTE;
  const text = bodyText(mdx); // made once: every article is counted at each build
  return Math.max(1, Math.ceil(wordsOf(text).length / wpm + cjkCount(text) / cpm));
}
