// The figure convention: an image alone in its paragraph, with a title,
// `![alt](./harbour.jpg "Caption.")`, becomes <figure> with the title as its <figcaption>.
// The title attribute goes (the caption says it once). Other images are left as they are.
import type { Root } from 'hast';
import { h } from 'hastscript';
import { walkElements } from './walk-elements.ts';

export default function rehypeFigures() {
  return (tree: Root) => {
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'p') return;
      const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const img = content[0];
      if (content.length !== 1 || img?.type !== 'element' || img.tagName !== 'img') return;
      const title = img.properties['title'];
      if (typeof title !== 'string' || !title.trim()) return;
      delete img.properties['title'];
      parent.children[index] = h('figure', [img, h('figcaption', title)]);
    });
  };
}
