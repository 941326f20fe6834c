// `npm run new -- "Title"`: an ASCII address from any title, every field present and marked
// FILL IN, valid for the dev server, refused by the build until it is filled in.
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { slugFromTitle } from '../../tools/lib/article-file.ts';
import { scaffold } from '../../tools/lib/scaffold.ts';
import { checkArticle, formatProblem } from '../../tools/lib/content-check.ts';
import { articleSchema } from '../../src/lib/articles/schema.ts';

describe('slugs from titles', () => {
  it('are lower-case ASCII, transliterating accents and Cyrillic', () => {
    expect(slugFromTitle('Turning a Happy Hour Into a Happy Alliance')).toBe('turning-a-happy-hour-into-a-happy-alliance');
    expect(slugFromTitle('Café Diplomacy on the Narva River')).toBe('cafe-diplomacy-on-the-narva-river');
    expect(slugFromTitle('Перезагрузка и Łódź')).toBe('perezagruzka-i-lodz');
    expect(slugFromTitle('茶园的春天')).toBe('cha-yuan-de-chun-tian');
    expect(slugFromTitle('What’s Next? {NATO} <2011>')).toBe('whats-next-nato-2011');
  });
});

describe('the scaffold', () => {
  const mdx = scaffold('Перезагрузка: A “Reset” {Revisited}', new Date('2026-11-28T12:00:00Z'));
  const frontmatter = yaml.load(/^---\n([\s\S]*?\n)---/.exec(mdx)![1]!);

  it('has every required field, and passes the schema so the dev server shows it', () => {
    const data = articleSchema.parse(frontmatter);
    expect(data.title).toBe('Перезагрузка: A “Reset” {Revisited}');
    expect(Object.keys(frontmatter as object)).toEqual(['title', 'description', 'author', 'date', 'source', 'disclaimer']);
    expect(mdx).toMatch(/^¶1 FILL IN/m);
  });

  it('is refused by the build, field by field, until every FILL IN is replaced', () => {
    const problems = checkArticle('new.mdx', mdx).problems.map(formatProblem);
    expect(problems).toHaveLength(9);
    expect(problems).toContain(
      'new.mdx:7: date: is not filled in yet (found "FILL IN: the date of first publication, …"): write the real value and delete the FILL IN note',
    );
    expect(problems.every((p) => /is not filled in yet/.test(p))).toBe(true);
    const filled = mdx
      .replace(/ # FILL IN.*$/m, '')
      .replace(/FILL-IN-the-original-address/, 'a')
      .replace(/FILL IN: /g, '');
    expect(checkArticle('new.mdx', filled).problems).toEqual([]);
  });
});
