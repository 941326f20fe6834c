// Language-dependent formatting with the platform's Intl: writing direction, dates, reading
// time, language names and the joining of names in a list.
import { longDate } from '../lib/dates.ts';

/** Languages written right to left (primary subtags). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

const primary = (lang: string): string => lang.split('-')[0]!.toLowerCase();

/** "rtl" for Arabic, Hebrew, Persian, Urdu…; "ltr" otherwise (a script subtag such as "-Latn" wins). */
export function direction(lang: string): 'ltr' | 'rtl' {
  if (/-(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)\b/i.test(lang)) return 'rtl';
  if (/-[A-Z][a-z]{3}\b/.test(lang)) return 'ltr';
  return RIGHT_TO_LEFT.has(primary(lang)) ? 'rtl' : 'ltr';
}

/** The locale for dates and lists: English is British ("21 November 2010", "A, B and C"), as newspapers and citation styles write it. */
export const formatLocale = (lang: string): string => (primary(lang) === 'en' && !lang.includes('-') ? 'en-GB' : lang);

/** A calendar date in `lang`: "21 November 2010", "5 января 2011 г.", "2013年4月2日". */
export const localDate = (date: Date, lang: string): string => longDate(date, formatLocale(lang));

// Intl objects cost milliseconds to make and every page and card asks: one per language.
const minuteFormats = new Map<string, Intl.NumberFormat>();
const separatorLists = new Map<string, string[]>();

/** "5 min", "5 минут", "5分钟": a number of minutes in `lang` (abbreviated in English only: other languages' abbreviations can be a single letter). */
export function minutes(n: number, lang: string): string {
  let format = minuteFormats.get(lang);
  if (!format) {
    const unitDisplay = primary(lang) === 'en' ? 'short' : 'long';
    format = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay });
    minuteFormats.set(lang, format);
  }
  return format.format(n);
}

/** The name of language `lang`, written in `inLang` (its own name by default): "русский", "English". */
export function languageName(lang: string, inLang = lang): string {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * What goes before each of `count` names in a list in `lang`: ["", ", ", " and "] in English,
 * ["", ", ", " и "] in Russian, ["", "、", "和"] in Chinese (from Intl.ListFormat).
 */
export function listSeparators(lang: string, count: number): string[] {
  const key = `${lang} ${count}`;
  const known = separatorLists.get(key);
  if (known) return known;
  const names = Array.from({ length: count }, (_, i) => `\u0000${i}`);
  const parts = new Intl.ListFormat(formatLocale(lang), { type: 'conjunction' }).formatToParts(names);
  const separators = [''];
  let pending = '';
  for (const part of parts) {
    if (part.type === 'literal') pending += part.value;
    else if (separators.length <= Number(part.value.slice(1)) && part.value !== names[0]) {
      separators.push(pending);
      pending = '';
    }
  }
  separatorLists.set(key, separators);
  return separators;
}

/** A month's name as a heading in `lang`: "November", "Ноябрь", "十一月" (`month` counts from 0). */
export function monthName(year: number, month: number, lang: string): string {
  const name = new Intl.DateTimeFormat(formatLocale(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month, 1)));
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
