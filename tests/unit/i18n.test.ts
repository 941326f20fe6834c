import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { LANGUAGES, has, plural, t, templateParts } from '../../src/i18n/index.ts';
import { direction, formatLocale, listSeparators, localDate } from '../../src/i18n/format.ts';

const keys = Object.keys(en) as (keyof typeof en)[];
const missing = (lang: string) => keys.filter((k) => LANGUAGES[lang]![k] === undefined);
/** Languages whose whole interface is translated; the others translate what is inside an article. */
const COMPLETE = ['en', 'ru'];

describe('interface strings', () => {
  for (const lang of Object.keys(LANGUAGES)) {
    if (COMPLETE.includes(lang)) {
      it(`${lang}.ts has every key of en.ts`, () => expect(missing(lang)).toEqual([]));
    } else {
      it(`${lang}.ts has every key shown inside an article (article.*)`, () =>
        expect(missing(lang).filter((k) => k.startsWith('article.'))).toEqual([]));
    }
    it(`${lang}.ts has no key that en.ts lacks, and keeps each string's placeholders`, () => {
      const strings = LANGUAGES[lang]!;
      expect(Object.keys(strings).filter((k) => !(k in en))).toEqual([]);
      // Plural strings repeat {count} once per form, and forms differ in number between languages.
      const slots = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
      for (const k of keys) if (strings[k] !== undefined) expect(slots(strings[k]!), `${lang} ${k}`).toEqual(slots(en[k]));
    });
  }

  it('falls back to English for a missing key or an unknown language, and fills placeholders', () => {
    expect(t('ar', 'site.articles')).toBe('Articles');
    expect(t('xx', 'article.source')).toBe('Source');
    expect(t('ru-RU', 'article.source')).toBe('Источник');
    expect(t('en', 'home.pageOf', { page: 2, total: 5 })).toBe('Articles, page 2 of 5');
    expect(has('ar', 'site.articles')).toBe(false);
    expect(has('ar', 'article.source')).toBe(true);
  });

  it('picks the plural form for a count by the rules of the language the string comes from', () => {
    expect([1, 2, 5].map((n) => plural('en', 'list.articleCount', n))).toEqual(['1 article', '2 articles', '5 articles']);
    expect([1, 3, 5, 21, 1.5].map((n) => plural('ru', 'list.articleCount', n))).toEqual([
      '1 статья',
      '3 статьи',
      '5 статей',
      '21 статья',
      '1,5 статьи',
    ]);
    // Arabic has no string of its own here: the English forms are chosen by English rules.
    expect(plural('ar', 'list.articleCount', 2)).toBe('2 articles');
    expect(plural('en', 'list.articleCount', 1200)).toBe('1,200 articles');
  });

  it('gives every plural string as many forms as its language has plural categories', () => {
    for (const [lang, strings] of Object.entries(LANGUAGES))
      for (const key of keys.filter((k) => en[k].includes('|')))
        if (strings[key] !== undefined)
          expect(strings[key]!.split('|').length, `${lang} ${key}`).toBe(
            new Intl.PluralRules(lang).resolvedOptions().pluralCategories.length,
          );
  });

  it('splits a template at its placeholders', () => {
    expect(templateParts('Published in {publisher} on {date}.')).toEqual([
      'Published in ',
      { slot: 'publisher' },
      ' on ',
      { slot: 'date' },
      '.',
    ]);
  });
});

describe('language formatting', () => {
  it('knows which languages are written right to left', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-EG'].map(direction)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'ru', 'zh', 'ja', 'az-Arab', 'ku-Latn'].map(direction)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'rtl', 'ltr']);
  });

  it('writes dates and name lists in the language', () => {
    const day = new Date('2011-01-05T00:00:00Z');
    expect(formatLocale('en')).toBe('en-GB');
    expect(localDate(day, 'en')).toBe('5 January 2011');
    expect(localDate(day, 'ru')).toBe('5 января 2011 г.');
    expect(localDate(day, 'zh')).toBe('2011年1月5日');
    expect(listSeparators('en', 3)).toEqual(['', ', ', ' and ']);
    expect(listSeparators('ru', 2)).toEqual(['', ' и ']);
  });
});

describe('the build’s remembered strings and names (index.ts)', () => {
  it('gives what strings.ts and format.ts give, asked once or again', async () => {
    const strings = await import('../../src/i18n/strings.ts');
    const format = await import('../../src/i18n/format.ts');
    const index = await import('../../src/i18n/index.ts');
    const vars = { number: '4a', title: 'Ferries', page: 2, total: 9, name: 'Anna', date: '1 May', publisher: 'The Times' };
    for (let round = 0; round < 2; round++) {
      for (const lang of ['en', 'ru', 'ar', 'zh', 'pt-BR', 'ru-RU']) {
        for (const key of keys) {
          expect(index.t(lang, key)).toBe(strings.t(lang, key));
          expect(index.t(lang, key, vars)).toBe(strings.t(lang, key, vars));
        }
        expect(index.languageName(lang)).toBe(format.languageName(lang));
        expect(index.languageName(lang, 'en')).toBe(format.languageName(lang, 'en'));
        for (let month = 0; month < 12; month++) expect(index.monthName(2010, month, lang)).toBe(format.monthName(2010, month, lang));
      }
    }
  });
});
