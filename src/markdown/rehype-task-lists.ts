// A GFM task list item's checkbox gets a name: its own text (the words up to any nested
// list) goes in a <span id="task-N"> the checkbox points at with aria-labelledby. (Not a
// <label>: Pagefind leaves label text out of the index, and the item must be found by search.)
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { walkElements } from './walk-elements.ts';

const BLOCK = new Set(['ul', 'ol', 'p', 'div', 'blockquote', 'pre', 'table']);

export default function rehypeTaskLists() {
  return (tree: Root) => {
    let count = 0;
    walkElements(tree, (li) => {
      if (li.tagName !== 'li') return;
      // A loose list puts the checkbox inside the item's first paragraph.
      const holder = li.children[0]?.type === 'element' && li.children[0].tagName === 'p' ? li.children[0] : li;
      const input = holder.children.find((c): c is Element => c.type === 'element' && c.tagName === 'input');
      if (!input || input.properties['type'] !== 'checkbox') return;
      const start = holder.children.indexOf(input);
      let end = start + 1;
      while (end < holder.children.length && !isBlock(holder.children[end]!)) end++;
      const id = `task-${++count}`;
      input.properties['ariaLabelledBy'] = [id];
      const text = h('span', { id }, holder.children.slice(start + 1, end));
      holder.children.splice(start + 1, end - start - 1, text);
    });
  };
}

const isBlock = (node: ElementContent) => node.type === 'element' && BLOCK.has(node.tagName);
