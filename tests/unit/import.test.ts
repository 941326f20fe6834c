// `npm run import`: plain-text op-eds to MDX, the repairs it makes, what it escapes, and
// the precise errors it gives for files that are not in the editors' shape (the command itself:
// tests/integration/import-cli.test.ts).
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../tools/lib/import-article.ts';
import { escapeMdx } from '../../tools/lib/mdx-text.ts';
import { endsSentence, parseSubmission, publisherFromHost, sentences } from '../../tools/lib/plain-text-article.ts';
import { checkArticle } from '../../tools/lib/content-check.ts';

const SEED = 'tests/fixtures/seed/000_88b5449c8e31528e.txt';
const SECOND = 'tests/fixtures/import/second-article.txt';
const seedText = readFileSync(SEED, 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);

/** The committed seed article without its `tags:` line: a submission has no topics, an editor adds them. */
const committedSeed = () =>
  readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8').replace(/^tags: .*\n/m, '');

describe('importing a submission in Russian', () => {
  const result = importArticle(readFileSync('tests/fixtures/import/russian-article.txt'));

  it('reads the Russian byline, date and source line, keeps «ёлочки», and marks the language', () => {
    expect(result.slug).toBe('most-cherez-narvu'); // transliterated, as npm run new does
    expect(result.frontmatter.author).toEqual({
      name: 'Иван Петров',
      url: 'https://example.com/petrov',
      bio: 'Иван Петров — журналист, пишет о приграничных городах.',
    });
    expect(result.frontmatter.date).toBe('2011-03-03');
    expect(result.frontmatter.lang).toBe('ru');
    expect(result.mdx).toContain('lang: "ru"');
    expect(result.mdx).toContain(
      '¶2 Жители Ивангорода ходят за лекарствами, жители Нарвы — за бензином. «Разница в ценах делает остальное», — говорит',
    );
    expect(checkArticle('most-cherez-narvu.mdx', result.mdx).problems).toEqual([]);
  });

  it('reads every Russian month, in the genitive or the nominative, with or without "г."', () => {
    const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    months.forEach((month, i) =>
      expect(parseSubmission(seedText.replace('November 21, 2010', `1 ${month} 2010`)).date).toBe(
        `2010-${String(i + 1).padStart(2, '0')}-01`,
      ),
    );
    expect(parseSubmission(seedText.replace('November 21, 2010', '21 ноябрь 2010 года')).date).toBe('2010-11-21');
    expect(() => parseSubmission(seedText.replace('November 21, 2010', '31 апреля 2010'))).toThrow(/does not exist/);
  });
});

describe('importing the seed', () => {
  it('reproduces the committed article byte for byte (but for the tags an editor added)', () => {
    const { slug, mdx } = importArticle(readFileSync(SEED));
    expect(slug).toBe('turning-a-happy-hour-into-a-happy-alliance');
    expect(mdx).toBe(committedSeed());
  });

  it('reports each repair it made', () => {
    const { repairs } = importArticle(readFileSync(SEED));
    expect(repairs).toEqual([
      'normalised whitespace on line 1',
      'line 6: dropped the dead author link "(#)"',
      'lines 14–16: rejoined a paragraph split mid-sentence ("…Baltic states. It is" + "Moscow\'s responsibil…")',
      'lines 28–30: rejoined a paragraph split mid-sentence ("…ich\'s embrace of the" + "country\'s "non-bloc"…")',
    ]);
  });

  it('names the publisher from the name in the disclaimer that spells the host', () => {
    expect(importArticle(readFileSync(SEED)).frontmatter.source.publisher).toBe('The Moscow Times');
    expect(publisherFromHost('https://www.baltictimes.com/x', '… the position of The Baltic Times.')).toBe('The Baltic Times');
    expect(publisherFromHost('https://example.com/x', 'Nothing here.')).toBeUndefined();
    const s = importArticle(bytes(seedText.replace('reflect the position of The Moscow Times', 'reflect the position of the newspaper')));
    expect(s.frontmatter.source.publisher).toBe('themoscowtimes.com');
    expect(s.repairs.at(-1)).toMatch(
      /publisher: no name in the disclaimer spells the host, so it is "themoscowtimes.com"; pass --publisher/,
    );
    expect(importArticle(readFileSync(SEED), { publisher: 'MT' }).frontmatter.source.publisher).toBe('MT');
  });
});

describe('importing a second article in the same shape', () => {
  const result = importArticle(readFileSync(SECOND));

  it('transliterates the title into the address and keeps the names', () => {
    expect(result.slug).toBe('cafe-diplomacy-on-the-narva-river');
    expect(result.frontmatter.author).toEqual({
      name: 'Jüri Sõrmus',
      bio: 'Jüri Sõrmus is a journalist in Narva and writes about the Estonian–Russian border.',
    });
    expect(result.frontmatter.source.publisher).toBe('The Narva Courier');
    expect(result.frontmatter.date).toBe('2011-03-03');
    expect(result.mdx).toContain('Its chairwoman, Ирина Соколова, wants');
  });

  it('escapes braces and "<", turns the autolink into a link, and the result compiles and builds', async () => {
    expect(result.mdx).toContain('a tidy formula, \\{price gap\\} × \\{crossings\\}, but');
    expect(result.mdx).toContain('the wait is \\< 30 minutes');
    expect(result.mdx).toContain('[https://narva.example.org/cafe-plan](https://narva.example.org/cafe-plan)');
    await expect(compile(result.mdx.replace(/^---\n[\s\S]*?\n---\n/, ''))).resolves.toBeTruthy();
    expect(checkArticle('x.mdx', result.mdx).problems).toEqual([]);
  });

  it('rejoins the paragraph split before a lower-case word', () => {
    expect(result.mdx).toContain('more than two hours for everyone else, which is');
    expect(result.mdx.match(/^¶\d+ /gm)).toEqual(['¶1 ', '¶2 ', '¶3 ', '¶4 ', '¶5 ']);
  });
});

describe('repairs and escaping', () => {
  it('rejoins only paragraphs split mid-sentence', () => {
    expect(endsSentence('It is')).toBe(false);
    expect(endsSentence('He left.')).toBe(true);
    expect(endsSentence('“Go.”')).toBe(true);
    expect(endsSentence('She said:')).toBe(true);
    const body = (paragraphs: string) => seedText.replace(/President Dmitry[\s\S]*?made\.\n/, `${paragraphs}\n`);
    const blocks = (paragraphs: string) => parseSubmission(body(paragraphs)).blocks.map((b) => b.text);
    expect(blocks('One ends here.\n\nTwo starts here.')).toEqual(['One ends here.', 'Two starts here.']);
    expect(blocks('One is\n\ncut here.')).toEqual(['One is cut here.']);
    expect(blocks('The U.S.\n\nembassy said so.')).toEqual(['The U.S. embassy said so.']);
  });

  it('joins hard-wrapped lines and normalises whitespace', () => {
    const s = parseSubmission(seedText.replace('President Dmitry Medvedev has called', 'President\t Dmitry  Medvedev\nhas called\u00A0'));
    expect(s.blocks[0]!.text).toMatch(/^President Dmitry Medvedev has called the weekend/);
    expect(s.repairs[0]).toMatch(/^normalised whitespace on lines 1, 12, 13$/);
  });

  it('keeps an author link that works and drops a dead one', () => {
    expect(parseSubmission(seedText.replace('[Dmitry Trenin](#)', '[Dmitry Trenin](https://carnegie.ru/trenin)')).author).toMatchObject({
      name: 'Dmitry Trenin',
      url: 'https://carnegie.ru/trenin',
    });
    expect(parseSubmission(seedText.replace('[Dmitry Trenin](#)', 'Dmitry Trenin')).author.name).toBe('Dmitry Trenin');
  });

  it('escapes what MDX would misread, so that the output compiles', async () => {
    const cases: [string, string][] = [
      ['a {b} c', 'a \\{b\\} c'],
      ['x < y and y > z', 'x \\< y and y > z'],
      ['<div>not a tag</div>', '\\<div>not a tag\\</div>'],
      ['see <https://example.com/a_b>', 'see [https://example.com/a\\_b](https://example.com/a_b)'],
      ['already \\{ escaped', 'already \\{ escaped'],
      ['*emphasis* and [a link](https://example.com)', '*emphasis* and [a link](https://example.com)'],
    ];
    for (const [input, expected] of cases) {
      const { text } = escapeMdx(input);
      expect(text).toBe(expected);
      await expect(compile(`¶1 ${text}`), input).resolves.toBeTruthy();
    }
    await expect(compile('¶1 a {b c')).rejects.toThrow(); // the unescaped text would not compile
  });

  it('draws the description from whole sentences', () => {
    expect(sentences('The U.S. Senate met. Mr. A. Writer spoke. “Go.” Then it ended.')).toEqual([
      'The U.S. Senate met.',
      'Mr. A. Writer spoke.',
      '“Go.”',
      'Then it ended.',
    ]);
    expect(importArticle(readFileSync(SEED)).frontmatter.description).toBe(
      "President Dmitry Medvedev has called the weekend NATO summit in Lisbon a historic event. NATO's new strategic concept stressed that the alliance is no threat to Russia.",
    );
  });
});

describe('files that are not in the shape', () => {
  const error = (input: string | Uint8Array) => {
    try {
      importArticle(typeof input === 'string' ? bytes(input) : input);
    } catch (e) {
      return (e as Error).message;
    }
    return 'imported';
  };

  it('names the line and what was expected', () => {
    expect(error(seedText.replace('# Turning a Happy Hour', 'Turning a Happy Hour'))).toBe(
      'line 4: expected the title as "# Title", found "Turning a Happy Hour Into a Happy Alliance"',
    );
    expect(error(seedText.replace('November 21, 2010\n', ''))).toBe(
      'line 11: expected the date of publication after the author, such as "November 21, 2010", found "President Dmitry Medvedev has called the weekend NATO summit…"',
    );
    expect(error(seedText.replace('November 21, 2010', '21/11/2010'))).toBe(
      'line 8: cannot read the date "21/11/2010": expected the date of publication after the author, such as "November 21, 2010"',
    );
    expect(error(seedText.replace('November 21, 2010', 'Novembre 21, 2010'))).toMatch(
      /^line 8: cannot read the date "Novembre 21, 2010": "Novembre" is not a month/,
    );
    expect(error(seedText.replace('November 21, 2010', 'February 30, 2010'))).toMatch(
      /^line 8: the date "February 30, 2010" does not exist/,
    );
    expect(error(seedText.replace(/Original url:\n\n<.*>$/, ''))).toBe(
      'line 38: expected the source at the end: a line "Original url:" followed by "<https://…>" (found none)',
    );
    expect(error(seedText.replace(/<https:.*>$/, '<ftp://example.com/a>'))).toBe(
      'line 42: expected the original article\'s address as "<https://…>" after "Original url:", found "<ftp://example.com/a>"',
    );
    expect(error(seedText.replace(/By \[Dmitry Trenin\]\(#\)\n/, ''))).toBe(
      'line 7: expected the author as "By [Name](link)" after the title, found "November 21, 2010"',
    );
    expect(error(seedText.replace(/^\*The views.*\*$/m, ''))).toMatch(/^line 36: expected the publisher's disclaimer in italics/);
  });

  it('refuses an empty body', () => {
    const empty = seedText.replace(/President Dmitry[\s\S]*?made\.\n\n/, '');
    expect(error(empty)).toBe("line 9: expected the article's paragraphs after the date, found no text before the closing lines");
  });

  it('refuses an empty file, a blank file and a binary file', () => {
    expect(error('')).toBe('the file is empty: expected an op-ed in plain text, starting with a "# Title" line');
    expect(error('\n  \n\t\n')).toBe(
      'the file is empty (only blank lines): expected an op-ed in plain text, starting with a "# Title" line',
    );
    expect(error(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(
      'this is a binary file, not plain text (a NUL byte at offset 8): expected a UTF-8 text file',
    );
    expect(error(new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x41]))).toMatch(/^this file is not UTF-8 text/);
  });
});
