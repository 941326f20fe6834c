import { describe, expect, it } from 'vitest';
import type {} from 'mdast-util-to-hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import remarkParagraphIds from '../../src/markdown/remark-paragraph-ids.ts';
import { paragraphId, readMarker } from '../../src/lib/paragraphs/marker.ts';

function ids(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkParagraphIds);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return tree.children
    .filter((n) => n.type === 'paragraph')
    .map((n) => ({ id: n.data?.hProperties?.['id'], text: n.children[0]?.type === 'text' ? n.children[0].value : '' }));
}

describe('paragraph markers', () => {
  it('reads "¶N" and "¶Na" markers', () => {
    expect(readMarker('¶7 Text')).toEqual({ number: '7', rest: 'Text' });
    expect(readMarker('¶4a Inserted')).toEqual({ number: '4a', rest: 'Inserted' });
    expect(readMarker('No marker')).toBeNull();
    expect(readMarker('¶ 7 spaced')).toBeNull();
    expect(paragraphId('4a')).toBe('p4a');
  });

  it('turns markers into ids and removes them from the text', () => {
    expect(ids('¶1 First.\n\n¶2 Second.\n\n## Heading\n\n¶2a Inserted.')).toEqual([
      { id: 'p1', text: 'First.' },
      { id: 'p2', text: 'Second.' },
      { id: 'p2a', text: 'Inserted.' },
    ]);
  });

  it('keeps ids with their paragraphs when one is inserted before them', () => {
    const before = ids('¶1 A.\n\n¶2 B.\n\n¶3 C.');
    const after = ids('¶1 A.\n\n¶1a New.\n\n¶2 B.\n\n¶3 C.');
    for (const p of before) expect(after.find((q) => q.id === p.id)?.text).toBe(p.text);
  });

  it('numbers unmarked paragraphs by position, or with a letter after a marked one', () => {
    expect(ids('A.\n\nB.\n\n## H\n\nC.').map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(ids('¶4 A.\n\nNew.\n\nNewer.\n\n¶5 B.').map((p) => p.id)).toEqual(['p4', 'p4a', 'p4b', 'p5']);
    // A letter already written elsewhere is never given out twice.
    expect(ids('¶4 A.\n\nNew.\n\n¶4a B.').map((p) => p.id)).toEqual(['p4', 'p4b', 'p4a']);
    expect(ids('Lead.\n\n¶1 A.').map((p) => p.id)).toEqual(['p0a', 'p1']);
  });

  it('numbers only top-level prose: not tables, footnotes, lists, quotes, images or a table caption', () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkParagraphIds);
    const md = [
      'First.',
      '> Quoted.',
      '- item',
      'Table: Caption.',
      '| a |\n| - |\n| 1 |',
      '![A photo](./x.jpg)',
      'Second.[^n]',
      '[^n]: A note.',
    ].join('\n\n');
    const tree = processor.runSync(processor.parse(md)) as Root;
    const numbered = tree.children.filter((n) => n.type === 'paragraph' && n.data?.hProperties?.['id']);
    expect(numbered.map((n) => n.data?.hProperties?.['id'])).toEqual(['p1', 'p2']);
  });

  it('refuses a number used twice', () => {
    expect(() => ids('¶1 A.\n\n¶1 B.')).toThrow(/"¶1" \(line 3\) is used twice/);
  });
});

describe('retired paragraph numbers', () => {
  function withRetired(markdown: string, retired: Record<string, string>) {
    const processor = unified().use(remarkParse).use(remarkParagraphIds);
    // Astro hands remark plugins the frontmatter in file.data.astro.
    const file = { value: markdown, data: { astro: { frontmatter: { retiredParagraphs: retired } } } };
    return processor.runSync(processor.parse(markdown), file) as Root;
  }

  it('puts a notice with the old id where the paragraph stood', () => {
    const tree = withRetired('¶1 A.\n\n¶3 C.', { '2': 'It was a duplicate.' });
    const nodes = tree.children.filter((n) => n.type === 'paragraph');
    expect(nodes.map((n) => n.data?.hProperties?.['id'])).toEqual(['p1', 'p2', 'p3']);
    expect(nodes[1]!.data?.hProperties?.['className']).toEqual(['retired-paragraph']);
    expect(nodes[1]!.data?.hProperties?.['dataParagraph']).toBeUndefined();
    expect(nodes[1]!.children[0]).toMatchObject({ value: 'Paragraph 2 has been removed from this article. It was a duplicate.' });
  });

  it('refuses a retired number that a paragraph still uses', () => {
    expect(() => withRetired('¶1 A.\n\n¶2 B.', { '2': 'Gone.' })).toThrow(/"¶2" is listed in retiredParagraphs but still used on line 3/);
  });
});
