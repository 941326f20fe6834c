// The interface's words, one file per language (en.ts is the reference). t(lang, key) looks a
// key up in the most specific language file there is ("pt-BR", then "pt"), then in English
// (strings.ts). The site's interface language is a setting (FOLIO_LANG, default "en"); an
// article's own words (keys under article.*) follow the article's `lang`.
import { t, type UiKey } from './strings.ts';

export { LANGUAGES, has, plural, t, templateParts, type UiKey } from './strings.ts';

/** The site's interface language: FOLIO_LANG at build time, "en" by default. */
export const SITE_LANG: string = process.env['FOLIO_LANG'] || 'en';

/** t() bound to one language: `const tr = translator('ru'); tr('article.source')`. */
export const translator =
  (lang: string) =>
  (key: UiKey, vars?: Record<string, string | number>): string =>
    t(lang, key, vars);

/** The raw template for `key` in `lang`, placeholders left in (for templateParts). */
export const template = (lang: string, key: UiKey): string => t(lang, key);
