// The search's interface strings in the site's language: bundled into the search code by
// src/integrations/client-scripts.ts (src/i18n/search-keys.ts names them), so no page carries them.
import strings from 'virtual:folio/search-strings';
import type { SearchStringName } from '../../i18n/search-keys.ts';

/** The string `name`, with each {placeholder} filled from `vars`. */
export function text(name: SearchStringName, vars: Record<string, string | number> = {}): string {
  const template = strings[name] ?? name;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

const PLURAL = { one: 'countOne', few: 'countFew', many: 'countMany' } as const;

/** "3 articles match “nato”", in the plural form the page's language takes for `count`. */
export function countText(count: number, term: string): string {
  const category = new Intl.PluralRules(document.documentElement.lang || 'en').select(count);
  return text(PLURAL[category as keyof typeof PLURAL] ?? 'countOther', { count, term });
}
