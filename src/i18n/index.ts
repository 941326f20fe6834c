// The interface's words, one file per language (en.ts is the reference). t(lang, key) looks a
// key up in the most specific language file there is ("pt-BR", then "pt"), then in English.
// The site's interface language is a setting (FOLIO_LANG, default "en"); an article's own
// words (keys under article.*) follow the article's `lang`.
import { en, type UiKey } from './en.ts';
import { ru } from './ru.ts';
import { ar } from './ar.ts';
import { zh } from './zh.ts';
import type { UiStrings } from './types.ts';

export type { UiKey };

/** Every language file, by language tag. Add a language by adding its file here. */
export const LANGUAGES: Record<string, UiStrings> = { en, ru, ar, zh };

/** The site's interface language: FOLIO_LANG at build time, "en" by default. */
export const SITE_LANG: string = process.env['FOLIO_LANG'] || 'en';

/** The language files to look in for `lang`, most specific first, English last. */
function chain(lang: string): UiStrings[] {
  const tags = [lang, lang.split('-')[0]!].map((t) => t.toLowerCase());
  return [...new Set(tags)].flatMap((tag) => (LANGUAGES[tag] ? [LANGUAGES[tag]] : [])).concat(en);
}

/** The string for `key` in `lang` (falling back to English), with each {name} filled from `vars`. */
export function t(lang: string, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = chain(lang).find((strings) => strings[key] !== undefined)![key]!;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Whether `lang` has its own string for `key` (English counts only for English). */
export const has = (lang: string, key: UiKey): boolean =>
  chain(lang)
    .slice(0, -1)
    .some((strings) => strings[key] !== undefined) || lang.startsWith('en');

/** t() bound to one language: `const tr = translator('ru'); tr('article.source')`. */
export const translator =
  (lang: string) =>
  (key: UiKey, vars?: Record<string, string | number>): string =>
    t(lang, key, vars);

/**
 * A template split at its placeholders, for markup that puts elements in them:
 * "Published in {publisher} on {date}." → ["Published in ", {slot: "publisher"}, " on ", {slot: "date"}, "."].
 */
export function templateParts(template: string): (string | { slot: string })[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : part));
}

/** The raw template for `key` in `lang`, placeholders left in (for templateParts). */
export const template = (lang: string, key: UiKey): string => t(lang, key);
