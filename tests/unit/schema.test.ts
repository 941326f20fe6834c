import { describe, expect, it } from 'vitest';
import { articleSchema, isRealIsoDate } from '../../src/lib/articles/schema.ts';

const valid = {
  title: 'A title',
  description: 'A standfirst.',
  author: { name: 'A. Writer', bio: 'A. Writer is a writer.' },
  date: '2010-11-21',
  source: { url: 'https://example.com/a', publisher: 'The Example' },
  disclaimer: 'Views are the author’s own.',
};

/** The first problem Zod reports for `data`, as "path: message". */
function problem(data: unknown): string {
  const result = articleSchema.safeParse(data);
  if (result.success) return 'valid';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('article schema', () => {
  it('accepts a complete article and fills the defaults', () => {
    const data = articleSchema.parse(valid);
    expect(data.date.toISOString()).toBe('2010-11-21T00:00:00.000Z');
    expect(data.lang).toBe('en');
    expect(data.section).toBe('Opinion');
    expect(data.tags).toEqual([]);
  });

  it('refuses impossible and unquoted dates instead of rolling them over', () => {
    expect(isRealIsoDate('2010-02-28')).toBe(true);
    expect(isRealIsoDate('2012-02-29')).toBe(true);
    expect(isRealIsoDate('2010-02-30')).toBe(false);
    expect(isRealIsoDate('2010-2-3')).toBe(false);
    expect(problem({ ...valid, date: '2010-02-30' })).toMatch(/^date: must be a real calendar date/);
    expect(problem({ ...valid, date: new Date('2010-03-02') })).toMatch(/^date: must be a quoted ISO date .*unquoted date 2010-03-02/);
    expect(problem({ ...valid, date: '21 November 2010' })).toMatch(/^date: must be a real calendar date written YYYY-MM-DD/);
  });

  it('refuses source URLs that are not http(s)', () => {
    expect(problem({ ...valid, source: { ...valid.source, url: 'javascript:alert(1)' } })).toMatch(
      /^source.url: must be an absolute http\(s\) URL/,
    );
    expect(problem({ ...valid, source: { ...valid.source, url: '/relative' } })).toMatch(/^source.url: must be an absolute http\(s\) URL/);
    expect(problem({ ...valid, source: { ...valid.source, url: 'http://example.com/' } })).toBe('valid');
  });

  it('names missing, empty and misspelt fields', () => {
    const { author: _author, ...noAuthor } = valid;
    expect(problem(noAuthor)).toMatch(/^author: is required/);
    expect(problem({ ...valid, disclaimer: '  ' })).toMatch(/^disclaimer: must not be empty/);
    expect(problem({ ...valid, autor: 'x' })).toMatch(/^: has unknown field "autor": check the spelling/);
    expect(problem({ ...valid, author: { name: 'A', bios: 'x' } })).toMatch(/^author: has unknown field "bios"/);
    expect(problem({ ...valid, title: 3 })).toMatch(/^title: must be text/);
  });
});

describe('prose fields', () => {
  it('get the same curly quotes and dashes as the body; names and URLs stay as written', () => {
    const data = articleSchema.parse({
      ...valid,
      title: 'The "non-bloc" status -- again',
      description: "NATO's new strategic concept.",
      author: { name: "Seán O'Brien", bio: "O'Brien writes on 'security'." },
    });
    expect(data.title).toBe('The “non-bloc” status — again');
    expect(data.description).toBe('NATO’s new strategic concept.');
    expect(data.authors[0]!.bio).toBe('O’Brien writes on ‘security’.');
    expect(data.authors[0]!.name).toBe("Seán O'Brien");
  });
});

describe('authors', () => {
  const { author: _one, ...noAuthor } = valid;
  it('takes one author: or a list of authors:, and gives authors in byline order', () => {
    expect(articleSchema.parse(valid).authors.map((a) => a.name)).toEqual(['A. Writer']);
    const two = articleSchema.parse({
      ...noAuthor,
      authors: [{ name: 'Ludwig van Beethoven', family: 'van Beethoven' }, { name: 'B. Writer' }],
    });
    expect(two.authors.map((a) => a.name)).toEqual(['Ludwig van Beethoven', 'B. Writer']);
    expect(two.authors[0]!.family).toBe('van Beethoven');
  });
  it('refuses both fields at once, and neither', () => {
    expect(problem({ ...valid, authors: [{ name: 'B' }] })).toBe('authors: cannot be given with author: keep one of the two');
    expect(problem(noAuthor)).toMatch(/^author: is required/);
    expect(problem({ ...noAuthor, authors: [] })).toBe('authors: must name at least one author');
  });
});
