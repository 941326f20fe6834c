// Puts a "¶7" permalink at the end of every numbered paragraph (<p data-paragraph>), the
// paragraph counterpart of the heading anchors in heading-anchors.ts: a real link with a
// spoken name ("Link to paragraph 7"), reachable by Tab, whose visible glyph is aria-hidden.
// It is screen-only (print.css) and kept out of the search index.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';

export function paragraphLink(number: string, id: string): Element {
  return h(
    'a.para-anchor',
    { href: `#${id}`, dataScreenOnly: '', dataPagefindIgnore: '' },
    h('span.anchor-glyph', { ariaHidden: 'true' }, `¶${number}`),
    h('span.visually-hidden', `Link to paragraph ${number}`),
  );
}

export default function rehypeParagraphLinks() {
  return (tree: Root) => {
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const number = node.properties?.['dataParagraph'];
      const id = node.properties?.['id'];
      if (number === undefined || typeof id !== 'string') continue;
      node.children.push({ type: 'text', value: ' ' }, paragraphLink(String(number), id));
    }
  };
}
