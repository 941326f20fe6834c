import { describe, expect, it } from 'vitest';
import type {} from 'mdast-util-to-hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import remarkParagraphIds from '../../src/markdown/remark-paragraph-ids.ts';
import { paragraphId, readMarker } from '../../src/lib/paragraph-marker.ts';

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

  it('refuses an unmarked paragraph, naming its line', () => {
    expect(() => ids('¶1 A.\n\nUnmarked.')).toThrow(/Paragraph 2 \(line 3\) has no "¶" marker/);
  });

  it('refuses a number used twice', () => {
    expect(() => ids('¶1 A.\n\n¶1 B.')).toThrow(/"¶1" \(line 3\) is used twice/);
  });
});
