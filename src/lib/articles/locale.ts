// Open Graph's og:locale is language_TERRITORY ("en_US"). An article's language tag may
// name the territory ("en-GB"); otherwise the language's most common territory is assumed.

const TERRITORY: Record<string, string> = {
  en: 'US',
  ru: 'RU',
  zh: 'CN',
  ar: 'AR',
  fr: 'FR',
  de: 'DE',
  es: 'ES',
  pt: 'BR',
  it: 'IT',
  ja: 'JP',
  ko: 'KR',
  uk: 'UA',
  pl: 'PL',
  nl: 'NL',
  sv: 'SE',
  da: 'DK',
  nb: 'NO',
  fi: 'FI',
  cs: 'CZ',
  tr: 'TR',
  he: 'IL',
  fa: 'IR',
  hi: 'IN',
  el: 'GR',
  ka: 'GE',
  hy: 'AM',
  kk: 'KZ',
  be: 'BY',
  et: 'EE',
  lv: 'LV',
  lt: 'LT',
  ro: 'RO',
  hu: 'HU',
};
/** Chinese scripts stand for territories where the tag names no region. */
const SCRIPT_TERRITORY: Record<string, string> = { hant: 'TW', hans: 'CN' };

/** "en" → "en_US", "en-GB" → "en_GB", "zh-Hant" → "zh_TW", "pt" → "pt_BR". */
export function ogLocale(lang: string): string {
  const [language = 'en', ...subtags] = lang.split('-');
  const base = language.toLowerCase();
  const region = subtags.find((s) => /^([A-Za-z]{2}|\d{3})$/.test(s));
  const script = subtags.find((s) => /^[A-Za-z]{4}$/.test(s))?.toLowerCase();
  const territory = region?.toUpperCase() ?? (script && SCRIPT_TERRITORY[script]) ?? TERRITORY[base] ?? base.toUpperCase();
  return `${base}_${territory}`;
}
