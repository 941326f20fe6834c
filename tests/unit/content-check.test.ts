// The check `npm run build` runs first: every problem in every article, one line each
// (file:line: field: what was found, what is expected). tests/integration/content-check-cli.test.ts
// checks that `npm run build` then builds nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, checkBody, checkContentDir, formatProblem } from '../../tools/lib/content-check.ts';
import { generateCorpus } from '../../tools/generate-corpus.ts';

const lines = (folder: string) => checkContentDir(`tests/fixtures/bad-content/${folder}`).problems.map(formatProblem);
const dir = (folder: string) => `tests/fixtures/bad-content/${folder}`;

describe('the content check', () => {
  it('passes the committed articles', () => {
    const { files, problems } = checkContentDir('content/articles');
    expect(files).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('names a missing, an empty and a misspelt field, with its line', () => {
    expect(lines('missing-author')).toEqual([
      `${dir('missing-author')}/broken-article.mdx:1: author: is required: author: name: "…" (or a list under authors:)`,
    ]);
    expect(lines('empty-title')).toEqual([`${dir('empty-title')}/broken-article.mdx:2: title: must not be empty: the headline`]);
    expect(lines('empty-disclaimer')).toEqual([
      `${dir('empty-disclaimer')}/broken-article.mdx:10: disclaimer: must not be empty: the publisher’s disclaimer shown under the article`,
    ]);
    expect(lines('unknown-key')).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/bad-content\/unknown-key\/broken-article\.mdx:4: autor: has unknown field "autor": check the spelling/,
      ),
    ]);
  });

  it('refuses an impossible date and a URL that is not http(s)', () => {
    expect(lines('impossible-date')).toEqual([
      `${dir('impossible-date')}/broken-article.mdx:6: date: must be a real calendar date written YYYY-MM-DD (found "2010-02-30")`,
    ]);
    expect(lines('javascript-url')).toEqual([
      `${dir('javascript-url')}/broken-article.mdx:8: source.url: must be an absolute http(s) URL such as "https://example.com/page" (found "javascript:alert(1)")`,
    ]);
  });

  it('refuses two files with the same address', () => {
    expect(lines('duplicate-address')).toEqual([
      `${dir('duplicate-address')}/same-article.mdx: file: its address /articles/same-article/ is already taken by ${dir('duplicate-address')}/Same Article.mdx: rename one of the two files`,
    ]);
  });

  it('reports an MDX syntax error with its line', () => {
    expect(lines('mdx-syntax-error')).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/bad-content\/mdx-syntax-error\/broken-article\.mdx:15: body: MDX syntax error at column \d+: Unexpected end of file in expression, expected a corresponding closing brace for `\{`: escape a literal "\{"/,
      ),
    ]);
  });

  it('refuses an article with no paragraphs', () => {
    expect(lines('no-paragraphs')).toEqual([
      `${dir('no-paragraphs')}/broken-article.mdx:11: body: has no paragraphs: an article needs at least one, starting "¶1 "`,
    ]);
  });

  it('reports every problem of every file at once', () => {
    const found = lines('many-problems');
    expect(found).toHaveLength(7);
    expect(found.filter((l) => l.startsWith(`${dir('many-problems')}/first.mdx:`))).toHaveLength(5);
    expect(found).toContain(
      `${dir('many-problems')}/first.mdx:16: body: paragraph 2 has no "¶" marker (found "A paragraph without its marker."): start it with its number, such as "¶2 "`,
    );
    expect(found).toContain(
      `${dir('many-problems')}/second.mdx:6: date: must be a real calendar date written YYYY-MM-DD (found "2010-13-01")`,
    );
    expect(found.some((l) => /second\.mdx:13: body: MDX syntax error .*to create a link in MDX, use `\[text\]\(url\)`/.test(l))).toBe(true);
  });

  it('refuses an unfinished `npm run new` scaffold, field by field', () => {
    const found = lines('unfinished-scaffold');
    const fields = found.map((l) => /\.mdx:\d+: ([\w.]+):/.exec(l)?.[1]);
    expect(fields).toEqual([
      'description',
      'author.name',
      'author.bio',
      'date',
      'source.url',
      'source.publisher',
      'disclaimer',
      'body',
      'body',
    ]);
    expect(found[0]).toMatch(/:3: description: is not filled in yet \(found "FILL IN: one or two/);
  });

  it('refuses a binary file, a file without frontmatter and broken YAML', () => {
    expect(checkArticle('x.mdx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1])).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^x\.mdx: file: (holds binary data|is not UTF-8 text)/),
    ]);
    expect(checkArticle('x.mdx', '¶1 Text.\n').problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^x\.mdx:1: frontmatter: is missing/),
    ]);
    expect(checkArticle('x.mdx', '---\ntitle: "a\n---\n\n¶1 Text.\n').problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^x\.mdx:\d: frontmatter: is not valid YAML/),
    ]);
  });

  it('agrees with the MDX parser on bodies it reads without one', () => {
    // The quick path must find the same paragraphs and problems as the full parse.
    const bodies = [
      '\n¶1 A.\n\n## H\n\n¶2 B.\n',
      '\n¶1 A.\n\n## H\nlazy text\n',
      '\n¶1 A.\n---\n',
      '\n¶1 A.\n\n¶1 B.\n',
      '\nNo marker.\n',
      '\n¶1 A {b}\n',
    ];
    for (const body of bodies) {
      const quick = checkBody('x.mdx', body).map(formatProblem);
      const full = checkBody('x.mdx', `${body}\n{/* force the parser */}\n`).map(formatProblem);
      expect(quick, body).toEqual(full);
    }
    expect(checkBody('x.mdx', '\n¶1 A.\n---\n').map(formatProblem)).toEqual([
      'x.mdx:1: body: has no paragraphs: an article needs at least one, starting "¶1 "',
    ]);
  });

  it('passes a generated corpus', () => {
    const out = mkdtempSync(join(tmpdir(), 'folio-corpus-'));
    try {
      const seed = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
      for (const [name, text] of generateCorpus({ count: 50 }, seed)) writeFileSync(join(out, name), text);
      expect(checkContentDir(out).problems).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
