import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root as MdastRoot } from 'mdast';
import type { Element, Root } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { paragraphResultTitle } from '../../src/lib/paragraphs/search-titles.ts';
import remarkParagraphIds from '../../src/markdown/remark-paragraph-ids.ts';
import rehypePagefindParagraphs from '../../src/markdown/rehype-pagefind-paragraphs.ts';

describe('paragraphResultTitle', () => {
  it('gives the number and the opening eight words, with an ellipsis when cut', () => {
    expect(paragraphResultTitle('4', 'Missile defense, of course, stands out among the areas of cooperation.')).toBe(
      '¶ 4 · Missile defense, of course, stands out among the…',
    );
  });
  it('drops trailing punctuation before the ellipsis and keeps short paragraphs whole', () => {
    expect(paragraphResultTitle('4a', 'One two three four five six seven eight, nine')).toBe(
      '¶ 4a · One two three four five six seven eight…',
    );
    expect(paragraphResultTitle('2', '  Short one.  ')).toBe('¶ 2 · Short one');
    expect(paragraphResultTitle('3', '')).toBe('¶ 3');
  });
});

describe('rehype-pagefind-paragraphs', () => {
  it('makes each numbered paragraph a Pagefind sub-result titled by its number alone', () => {
    const processor = unified().use(remarkParse).use(remarkParagraphIds);
    const mdast = processor.runSync(processor.parse('¶1 First paragraph here.\n\n¶2 Second *one*.')) as MdastRoot;
    const hast = toHast(mdast) as Root;
    const [p1, p2] = hast.children.filter((n): n is Element => n.type === 'element');
    rehypePagefindParagraphs()(hast);
    expect(p1!.properties).toMatchObject({ id: 'p1', dataParagraph: '1', dataPagefindTitle: '¶ 1' });
    expect(p2!.properties['dataPagefindTitle']).toBe('¶ 2');
  });
});
