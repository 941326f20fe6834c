import { describe, expect, it } from 'vitest';
import { buildArchive, byMonth, moreByAuthors, slugForAuthor, type ArchiveEntry } from '../../src/lib/archive/model.ts';
import { distinctSlugs, foldTag, slugOf } from '../../src/lib/archive/slugs.ts';
import { pagedPath, pagePaths, PAGE_SIZE } from '../../src/lib/pagination.ts';

const entry = (id: string, date: string, authors: { name: string; bio?: string; url?: string }[], tags: string[] = []): ArchiveEntry => ({
  id,
  data: { title: id, date: new Date(`${date}T00:00:00Z`), authors, tags },
});

describe('author and topic slugs', () => {
  it('are transliterated like article addresses', () => {
    expect(slugOf('Café Россия')).toBe('cafe-rossiya');
    expect(slugOf('Дмитрий Тренин')).toBe('dmitriy-trenin');
    expect(slugOf('李明')).toBe('li-ming');
    expect(slugOf('—')).toBe('unnamed');
  });

  it('stay distinct when two names slug alike, whatever order the names come in', () => {
    const names = ['José García', 'Jose Garcia', 'JOSE GARCIA'];
    const slugs = distinctSlugs(names);
    expect(new Set(slugs.values()).size).toBe(3);
    expect([...slugs.values()].sort()).toEqual(['jose-garcia', 'jose-garcia-2', 'jose-garcia-3']);
    expect(distinctSlugs([...names].reverse())).toEqual(slugs);
  });

  it('fold tags that differ only by case or accents', () => {
    expect(foldTag('NATO')).toBe(foldTag('Nato'));
    expect(foldTag('Économie')).toBe(foldTag('economie'));
    expect(foldTag('NATO')).not.toBe(foldTag('NAFTA'));
  });
});

describe('buildArchive', () => {
  const a = entry('a', '2010-11-21', [{ name: 'Dmitry Trenin', bio: 'Old bio.' }], ['NATO', 'Russia']);
  const b = entry('b', '2012-03-01', [{ name: 'Dmitry Trenin', bio: 'New bio.' }], ['Nato']);
  const c = entry('c', '2012-03-05', [{ name: 'Dmitry Trenin' }, { name: 'Anna Petrova' }]);
  const d = entry('d', '2012-01-09', [{ name: 'José García' }]);
  const e = entry('e', '2011-06-30', [{ name: 'Jose Garcia' }]);
  const archive = buildArchive([a, b, c, d, e]);

  it('gives each author their articles newest first and the newest bio', () => {
    const trenin = archive.authors.find((x) => x.name === 'Dmitry Trenin')!;
    expect(trenin.slug).toBe('dmitry-trenin');
    expect(trenin.articles.map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(trenin.bio).toBe('New bio.');
  });

  it('gives two authors whose names slug alike two pages', () => {
    const garcias = archive.authors.filter((x) => slugOf(x.name) === 'jose-garcia');
    expect(garcias.map((x) => [x.name, x.slug, x.articles.map((y) => y.id)])).toEqual([
      ['Jose Garcia', 'jose-garcia', ['e']],
      ['José García', 'jose-garcia-2', ['d']],
    ]);
    expect(slugForAuthor(archive, 'José García')).toBe('jose-garcia-2');
  });

  it('groups years newest first and topics across spellings', () => {
    expect(archive.years.map((y) => [y.year, y.articles.length])).toEqual([
      [2012, 3],
      [2011, 1],
      [2010, 1],
    ]);
    expect(archive.topics.map((t) => [t.name, t.slug, t.articles.map((x) => x.id)])).toEqual([
      ['NATO', 'nato', ['b', 'a']],
      ['Russia', 'russia', ['a']],
    ]);
    expect(archive.topicSlug.get('NATO')).toBe('nato');
  });

  it('offers up to three more articles by the same authors, newest first, never the article itself', () => {
    expect(moreByAuthors(archive, a).map((x) => x.id)).toEqual(['c', 'b']);
    expect(moreByAuthors(archive, d)).toEqual([]);
    expect(moreByAuthors(archive, { ...a }).map((x) => x.id)).toEqual(['c', 'b']); // a copy of the entry, as pages get it
    const many = Array.from({ length: 6 }, (_, i) => entry(`m${i}`, `2020-01-0${i + 1}`, [{ name: 'M' }]));
    const more = moreByAuthors(buildArchive(many), many[0]!);
    expect(more.map((x) => x.id)).toEqual(['m5', 'm4', 'm3']);
  });

  it('splits a year into months in order', () => {
    expect(byMonth(archive.years[0]!.articles).map((m) => [m.month, m.articles.map((x) => x.id)])).toEqual([
      [2, ['c', 'b']],
      [0, ['d']],
    ]);
  });
});

describe('paginated listings', () => {
  it('put page 1 at the listing address and the rest under page/N/', () => {
    const pages = pagePaths(Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => i));
    expect(pages.map((p) => [p.page, p.n, p.total, p.items.length])).toEqual([
      [undefined, 1, 3, PAGE_SIZE],
      ['page/2', 2, 3, PAGE_SIZE],
      ['page/3', 3, 3, 1],
    ]);
    expect(pagedPath('authors/x/', 1)).toBe('authors/x/');
    expect(pagedPath('authors/x/', 3)).toBe('authors/x/page/3/');
    expect(pagePaths([])).toHaveLength(1);
  });
});
