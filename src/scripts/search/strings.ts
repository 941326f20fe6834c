// The search's interface strings in the page's language, read from the header's search form,
// where the server put them (SearchForm.astro, src/i18n/search-keys.ts).
import type { SearchStringName } from '../../i18n/search-keys.ts';

let strings: Partial<Record<SearchStringName, string>> | undefined;

function load(): Partial<Record<SearchStringName, string>> {
  const json = document.querySelector<HTMLElement>('[data-search-strings]')?.dataset['searchStrings'];
  try {
    return json ? (JSON.parse(json) as Partial<Record<SearchStringName, string>>) : {};
  } catch {
    return {};
  }
}

/** The string `name`, with each {placeholder} filled from `vars`. */
export function text(name: SearchStringName, vars: Record<string, string | number> = {}): string {
  strings ??= load();
  const template = strings[name] ?? name;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

const PLURAL = { one: 'countOne', few: 'countFew', many: 'countMany' } as const;

/** "3 articles match “nato”", in the plural form the page's language takes for `count`. */
export function countText(count: number, term: string): string {
  const category = new Intl.PluralRules(document.documentElement.lang || 'en').select(count);
  return text(PLURAL[category as keyof typeof PLURAL] ?? 'countOther', { count, term });
}
