// Sets GFM tables for reading: each sits in a named, keyboard-focusable scrolling region
// (a <section> with a name is a region landmark) so
// a wide table never widens the page; header cells get scope="col"; GFM's column alignment
// becomes a class (the align attribute is obsolete HTML, and the CSP forbids style
// attributes); and a paragraph "Table: …" just before a table becomes its <caption>
// (src/lib/paragraphs/numbering.ts does not number that paragraph).
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { TABLE_CAPTION } from '../lib/paragraphs/numbering.ts';
import { t } from '../i18n/index.ts';
import { articleLang } from './article-lang.ts';
import { findElement, walkElements } from './walk-elements.ts';

export default function rehypeTables() {
  return (tree: Root, file?: VFile) => {
    const lang = articleLang(file);
    let count = 0;
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'table') return;
      count++;
      const id = `table-${count}`;
      const caption = takeCaption(parent.children as ElementContent[], index);
      if (caption) node.children.unshift(h('caption', { id: `${id}-caption` }, caption));
      walkElements(node, (cell) => {
        if (cell.tagName === 'th') cell.properties['scope'] = 'col';
        const align = cell.properties['align'];
        if (typeof align === 'string' && (cell.tagName === 'th' || cell.tagName === 'td')) {
          delete cell.properties['align'];
          cell.properties['className'] = [`align-${align}`];
        }
      });
      const label = t(lang, 'article.table', { number: count });
      const name = caption ? { ariaLabelledBy: `${id}-caption` } : { ariaLabel: label };
      const title = `${label} · ${caption ? toString(h('span', caption)) : firstHeader(node)}`;
      const region = h('section.table-scroll', { id, tabIndex: 0, dataPagefindTitle: title, ...name }, [node]);
      const at = parent.children.indexOf(node);
      parent.children[at] = region;
      return at + 1;
    });
  };
}

/** The caption's content, taken out of a "Table: …" paragraph just before the table (blank text between is skipped). */
function takeCaption(siblings: ElementContent[], tableIndex: number): ElementContent[] | null {
  let i = tableIndex - 1;
  while (i >= 0 && siblings[i]!.type === 'text' && (siblings[i] as { value: string }).value.trim() === '') i--;
  const p = siblings[i];
  if (p?.type !== 'element' || p.tagName !== 'p') return null;
  const first = p.children[0];
  if (first?.type !== 'text' || !TABLE_CAPTION.test(first.value)) return null;
  first.value = first.value.replace(TABLE_CAPTION, '');
  siblings.splice(i, tableIndex - i);
  return p.children;
}

function firstHeader(table: Element): string {
  const th = findElement(table, (cell) => cell.tagName === 'th');
  return th ? toString(th) : '';
}
