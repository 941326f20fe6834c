// The line that says a piece is a translation, for the byline and the print colophon, in the
// article's language (`originalLanguage` is written by the author, in that language too).
import { t } from '../../i18n/index.ts';

/** "Translated from Russian by Anna Smith", "Translated by Anna Smith", "Translated from Russian", or undefined. */
export function translationLine(
  data: { translator?: string | undefined; originalLanguage?: string | undefined },
  lang = 'en',
): string | undefined {
  const { translator, originalLanguage: language } = data;
  if (translator && language) return t(lang, 'article.translatedFromBy', { language, translator });
  if (language) return t(lang, 'article.translatedFrom', { language });
  if (translator) return t(lang, 'article.translatedBy', { translator });
  return undefined;
}
