// Makes each numbered paragraph a Pagefind sub-result (an element with an id and
// data-pagefind-title, Pagefind 1.6), so search results link to /articles/<id>/#p7.
// Also keeps heading-anchor labels ("Section titled …") out of the index.
// Runs after remark-paragraph-ids (which sets id and data-paragraph) and the heading anchors.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { paragraphResultTitle } from '../lib/paragraphs/search-titles.ts';

export default function rehypePagefindParagraphs() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const props = node.properties;
      if (node.tagName === 'p' && props['dataParagraph'] != null && props['id'] != null) {
        props['dataPagefindTitle'] = paragraphResultTitle(String(props['dataParagraph']), indexedText(node));
      }
      const classes = props['className'];
      if (node.tagName === 'a' && Array.isArray(classes) && classes.includes('heading-anchor')) {
        props['dataPagefindIgnore'] = '';
      }
    });
  };
}

/** The paragraph's text as Pagefind indexes it: without permalink or copy controls marked data-pagefind-ignore. */
function indexedText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.properties['dataPagefindIgnore'] != null) return '';
  return node.children.map(indexedText).join('');
}
