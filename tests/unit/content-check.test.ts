// The check `npm run build` runs first: every problem in every article, one line each
// (file:line: field: what was found, what is expected). tests/integration/content-check-cli.test.ts
// checks that `npm run build` then builds nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkArticle,
  checkBody,
  checkContentDir,
  formatProblem,
  freezeParagraphNumbers,
  inspectBody,
} from '../../tools/lib/content-check.ts';
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
      `${dir('no-paragraphs')}/broken-article.mdx:11: body: has no paragraphs: an article needs at least one paragraph of text`,
    ]);
  });

  it('reports every problem of every file at once', () => {
    const found = lines('many-problems');
    expect(found).toHaveLength(7);
    expect(found.filter((l) => l.startsWith(`${dir('many-problems')}/first.mdx:`))).toHaveLength(5);
    expect(found).toContain(
      `${dir('many-problems')}/first.mdx:18: body: paragraph marker "¶1" is used twice (first on line 14): give each paragraph its own number`,
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

  it('counts only top-level prose paragraphs, as the build does', () => {
    // Tables, footnote definitions, lists, quotes, headings, code and images need no marker.
    const body = [
      '',
      '¶1 A.[^1]',
      '| Year | Total |',
      '| ---: | ----: |',
      '| 2010 | 12 |',
      '',
      '[^1]: A note.',
      '',
      '- item',
      '',
      '> quote',
      '',
      '```',
      'code',
      '```',
      '',
    ].join('\n');
    expect(inspectBody('x.mdx', body)).toEqual({ problems: [], unmarked: 0 });
    expect(inspectBody('x.mdx', '\nOne.\n\n¶2 Two.\n')).toEqual({ problems: [], unmarked: 1 });
    expect(checkBody('x.mdx', '\n¶1 A.\n---\n').map(formatProblem)).toEqual([
      'x.mdx:1: body: has no paragraphs: an article needs at least one paragraph of text',
    ]);
    expect(checkBody('x.mdx', '\n¶1 A.\n\n¶2 B.\n', 1, ['2']).map(formatProblem)).toEqual([
      'x.mdx:4: body: paragraph "¶2" is listed in retiredParagraphs: a retired number is never reused; give this paragraph a new one',
    ]);
  });

  it('refuses an image without alt text, with its line', () => {
    expect(checkBody('x.mdx', '\n¶1 A.\n\n![](./harbour.jpg)\n', 10).map(formatProblem)).toEqual([
      'x.mdx:13: body: image "./harbour.jpg" has no alt text: describe it for readers who cannot see it, as in ![A crowded harbour at dawn](./harbour.jpg)',
    ]);
    expect(checkBody('x.mdx', '\n¶1 A.\n\n![The harbour](./harbour.jpg)\n')).toEqual([]);
  });

  it('freezes derived numbers into the file with --fix: the same numbers, idempotent, markers kept', () => {
    const front = '---\ntitle: "T"\n---\n';
    const text = `${front}\nFirst *one*.\n\n## Part\n\n*Second* starts with emphasis.\n\n| a |\n| - |\n| 1 |\n`;
    expect(freezeParagraphNumbers(text)).toBe(
      `${front}\n¶1 First *one*.\n\n## Part\n\n¶2 *Second* starts with emphasis.\n\n| a |\n| - |\n| 1 |\n`,
    );
    expect(freezeParagraphNumbers(freezeParagraphNumbers(text)!)).toBeNull();
    const partly = `${front}\n¶3 Kept.\n\nInserted.\n\n¶7 Kept too.\n`;
    expect(freezeParagraphNumbers(partly)).toBe(`${front}\n¶3 Kept.\n\n¶3a Inserted.\n\n¶7 Kept too.\n`);
  });

  it('passes a generated corpus', () => {
    const out = mkdtempSync(join(tmpdir(), 'folio-corpus-'));
    try {
      const seed = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8').replace(/^tags: .*\n/m, '');
      for (const [name, text] of generateCorpus({ count: 50 }, seed)) writeFileSync(join(out, name), text);
      expect(checkContentDir(out).problems).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('tag spellings', () => {
  it('reports a tag that differs from another only by case or accents, with both files and lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-tags-'));
    try {
      const seed = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8').replace(/^tags: .*\n/m, '');
      const withTags = (tags: string) => seed.replace(/^date: .*$/m, (line) => `${line}\ntags:\n${tags}`);
      writeFileSync(join(dir, 'a.mdx'), withTags('  - "NATO"\n  - "Économie"'));
      writeFileSync(join(dir, 'b.mdx'), withTags('  - "Nato"\n  - "economie"\n  - "Russia"'));
      writeFileSync(join(dir, 'c.mdx'), withTags('  - "NATO"'));
      expect(checkContentDir(dir, dir).problems.map(formatProblem)).toEqual([
        'b.mdx:9: tags: "Nato" differs only by case or accents from "NATO" (a.mdx:9): spell the topic the same way everywhere',
        'b.mdx:10: tags: "economie" differs only by case or accents from "Économie" (a.mdx:10): spell the topic the same way everywhere',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
