// Looking strings up in the language files, with no build-time settings, so browser code
// (the e-book writer) can use it too. index.ts adds the site's interface language.
import { en, type UiKey } from './en.ts';
import { ru } from './ru.ts';
import { ar } from './ar.ts';
import { zh } from './zh.ts';
import type { UiStrings } from './types.ts';

export type { UiKey };

/** Every language file, by language tag. Add a language by adding its file here. */
export const LANGUAGES: Record<string, UiStrings> = { en, ru, ar, zh };

/** The language tags to look in for `lang`, most specific first, English last. */
function chain(lang: string): string[] {
  const tags = [lang, lang.split('-')[0]!].map((t) => t.toLowerCase());
  return [...new Set([...tags, 'en'])].filter((tag) => LANGUAGES[tag]);
}

/** The raw template for `key` and the language it was found in ("en" when `lang` lacks it). */
function lookup(lang: string, key: UiKey): { template: string; from: string } {
  const from = chain(lang).find((tag) => LANGUAGES[tag]![key] !== undefined)!;
  return { template: LANGUAGES[from]![key]!, from };
}

export const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** The string for `key` in `lang` (falling back to English), with each {name} filled from `vars`. */
export function t(lang: string, key: UiKey, vars: Record<string, string | number> = {}): string {
  return fill(lookup(lang, key).template, vars);
}

/** Intl's plural categories in the order a plural string lists its forms. */
const CATEGORY_ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * A string that depends on a number: its forms are separated by "|", one per plural category
 * of its language in the order zero, one, two, few, many, other ("{count} article|{count} articles";
 * Russian has one, few, many, other). {count} is filled with `count`, written in the language.
 */
export function plural(lang: string, key: UiKey, count: number, vars: Record<string, string | number> = {}): string {
  const { template, from } = lookup(lang, key);
  const rules = new Intl.PluralRules(from);
  const categories = CATEGORY_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  const forms = template.split('|');
  const form = forms[categories.indexOf(rules.select(count))] ?? forms.at(-1)!;
  return fill(form, { ...vars, count: new Intl.NumberFormat(from).format(count) });
}

/** Whether `lang` has its own string for `key` (English counts only for English). */
export const has = (lang: string, key: UiKey): boolean => lookup(lang, key).from !== 'en' || lang.startsWith('en');

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
