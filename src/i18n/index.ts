// The interface's words, one file per language (en.ts is the reference). t(lang, key) looks a
// key up in the most specific language file there is ("pt-BR", then "pt"), then in English
// (strings.ts). The site's interface language is a setting (FOLIO_LANG, default "en"); an
// article's own words (keys under article.*) follow the article's `lang`.
import { languageName as nameOfLanguage, monthName as nameOfMonth } from './format.ts';
import { fill, t as lookUp, type UiKey } from './strings.ts';

export { LANGUAGES, has, plural, templateParts, type UiKey } from './strings.ts';

// Every page of a build asks for the same few strings and names: each is made once here, for the
// server. (strings.ts and format.ts stay as they are: the browser's e-book writer bundles them, and
// esbuild's minified names change with any edit of a file it bundles.)
const templates = new Map<string, string>();

/** strings.ts's t(): the string for `key` in `lang` (falling back to English), with each {name} filled from `vars`. */
export function t(lang: string, key: UiKey, vars?: Record<string, string | number>): string {
  const id = `${lang}\u0000${key}`;
  let template = templates.get(id);
  if (template === undefined) templates.set(id, (template = lookUp(lang, key)));
  return vars && template.includes('{') ? fill(template, vars) : template;
}

/** The site's interface language: FOLIO_LANG at build time, "en" by default. */
export const SITE_LANG: string = process.env['FOLIO_LANG'] || 'en';

/** t() bound to one language: `const tr = translator('ru'); tr('article.source')`. */
export const translator =
  (lang: string) =>
  (key: UiKey, vars?: Record<string, string | number>): string =>
    t(lang, key, vars);

/** The raw template for `key` in `lang`, placeholders left in (for templateParts). */
export const template = (lang: string, key: UiKey): string => t(lang, key);

/** format.ts's languageName and monthName, each answer kept (an Intl object is made at every call). */
export const languageName = remembered(nameOfLanguage);
export const monthName = remembered(nameOfMonth);

function remembered<A extends (string | number | undefined)[]>(make: (...args: A) => string): (...args: A) => string {
  const known = new Map<string, string>();
  return (...args) => {
    const key = args.join('\u0000');
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = make(...args)));
    return value;
  };
}
