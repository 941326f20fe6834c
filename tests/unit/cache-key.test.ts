import { describe, expect, it } from 'vitest';
import { cacheKey, keyed } from '../../src/lib/articles/cache-key.ts';

const entry = (id: string, digest: string, title = 'A title') => ({ collection: 'articles', id, digest, data: { title } });
const env = { lang: 'en', contentDir: 'content/articles' };

describe('cacheKey', () => {
  it('stands for an article by its id and digest, not by what it holds', () => {
    expect(cacheKey({ entry: entry('a', 'd1') }, env)).toBe(cacheKey({ entry: entry('a', 'd1', 'Another title') }, env));
    expect(cacheKey({ entry: entry('a', 'd1') }, env)).not.toBe(cacheKey({ entry: entry('a', 'd2') }, env));
    expect(cacheKey({ entry: entry('a', 'd1') }, env)).not.toBe(cacheKey({ entry: entry('b', 'd1') }, env));
  });

  it('changes with every other input: other articles, their order, numbers, the language and the content folder', () => {
    const props = { entry: entry('a', 'd1'), more: [entry('b', 'd2'), entry('c', 'd3')], n: 1 };
    const key = cacheKey(props, env);
    expect(cacheKey({ ...props, more: [entry('b', 'd2'), entry('c', 'd4')] }, env)).not.toBe(key);
    expect(cacheKey({ ...props, more: [entry('c', 'd3'), entry('b', 'd2')] }, env)).not.toBe(key);
    expect(cacheKey({ ...props, more: [entry('b', 'd2')] }, env)).not.toBe(key);
    expect(cacheKey({ ...props, n: 2 }, env)).not.toBe(key);
    expect(cacheKey(props, { ...env, lang: 'ru' })).not.toBe(key);
    expect(cacheKey(props, { ...env, contentDir: 'elsewhere' })).not.toBe(key);
    expect(cacheKey(props, env)).toBe(key);
  });

  it('keeps what JSON would drop: Maps, Sets and dates', () => {
    expect(cacheKey({ m: new Map([['a', 1]]) }, env)).not.toBe(cacheKey({ m: new Map([['a', 2]]) }, env));
    expect(cacheKey({ s: new Set([1]) }, env)).not.toBe(cacheKey({ s: new Set([2]) }, env));
    expect(cacheKey({ d: new Date('2020-01-01') }, env)).not.toBe(cacheKey({ d: new Date('2021-01-01') }, env));
  });

  it('refuses inputs it cannot stand for: a function, an entry without a digest', () => {
    expect(() => cacheKey({ f: () => 1 }, env)).toThrow(/function/);
    expect(() => cacheKey({ entry: { collection: 'articles', id: 'a', data: {} } }, env)).toThrow(/digest/);
  });

  it('keyed() gives the props and their key', () => {
    const props = { n: 1, items: [entry('a', 'd1')] };
    expect(keyed(props)).toEqual({ props, cacheKey: cacheKey(props) });
  });
});
