import { describe, expect, it } from 'vitest';
import { withoutTitledAnchorText } from '../../tools/lib/fragment-anchors.ts';

const fragment = (data: unknown) => `pagefind_dcd${JSON.stringify(data)}`;

describe('withoutTitledAnchorText', () => {
  const page = {
    url: '/articles/a/',
    content: 'Heading. First paragraph. Second.',
    anchors: [
      { element: 'h2', id: 'heading', text: 'Heading', location: 0 },
      { element: 'p', id: 'p1', text: 'First paragraph.', title: '¶ 1', location: 1 },
      { element: 'p', id: 'p2', text: 'Second.', title: '  ', location: 3 },
    ],
  };

  it('drops the text of anchors that have a title, and keeps the rest of the fragment', () => {
    const trimmed = JSON.parse(withoutTitledAnchorText(fragment(page)).slice('pagefind_dcd'.length));
    expect(trimmed.content).toBe(page.content);
    expect(trimmed.anchors).toEqual([
      { element: 'h2', id: 'heading', text: 'Heading', location: 0 }, // a heading is named by its text
      { element: 'p', id: 'p1', title: '¶ 1', location: 1 },
      { element: 'p', id: 'p2', text: 'Second.', title: '  ', location: 3 }, // a blank title does not name it
    ]);
  });

  it('returns a fragment without titled anchors unchanged, and refuses what is not a fragment', () => {
    const plain = fragment({ url: '/x/', content: 'x', anchors: [] });
    expect(withoutTitledAnchorText(plain)).toBe(plain);
    expect(() => withoutTitledAnchorText('{}')).toThrow(/Not a Pagefind fragment/);
  });
});
