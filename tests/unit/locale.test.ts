import { expect, it } from 'vitest';
import { ogLocale } from '../../src/lib/articles/locale.ts';

it('og:locale is language_TERRITORY, with a default territory for a bare language', () => {
  expect(ogLocale('en')).toBe('en_US');
  expect(ogLocale('en-GB')).toBe('en_GB');
  expect(ogLocale('ru')).toBe('ru_RU');
  expect(ogLocale('zh-Hant')).toBe('zh_TW');
  expect(ogLocale('zh-Hans-SG')).toBe('zh_SG');
  expect(ogLocale('ar')).toBe('ar_AR');
  expect(ogLocale('pt')).toBe('pt_BR');
  expect(ogLocale('xx')).toBe('xx_XX');
});
