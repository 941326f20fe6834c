// Language versions of a piece: versionsFinder (the article route, once per build) gives what
// otherVersions (one entry at a time) gives.
import { describe, expect, it } from 'vitest';
import { otherVersions, versionsFinder } from '../../src/lib/articles/translations.ts';

const entry = (id: string, lang: string, translationKey?: string) => ({ id, data: { lang, date: new Date('2010-11-21'), translationKey } });

describe('versionsFinder', () => {
  const all = [
    entry('a-en', 'en', 'a'),
    entry('b', 'en'),
    entry('a-ru', 'ru', 'a'),
    entry('c-zh', 'zh', 'c'),
    entry('a-ar', 'ar', 'a'),
    entry('c-en', 'en', 'c'),
    entry('d-ru', 'ru', 'd'),
  ];

  it('gives each entry the versions otherVersions gives, in the same order', () => {
    const versionsOf = versionsFinder(all);
    for (const e of all) expect(versionsOf(e).map((v) => v.id)).toEqual(otherVersions(e, all).map((v) => v.id));
    expect(versionsOf(all[0]!).map((v) => v.id)).toEqual(['a-ar', 'a-ru']);
    expect(versionsOf(all[1]!)).toEqual([]);
    expect(versionsOf(all[6]!)).toEqual([]);
  });
});
