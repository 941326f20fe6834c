// Makes each numbered paragraph a Pagefind sub-result (an element with an id and
// data-pagefind-title, Pagefind 1.6), so search results link to /articles/<id>/#p7. The title
// is only "¶ 7": the search names a paragraph's passage from its address ("Paragraph 7"), and
// its opening words would be carried by every page and index fragment for nothing.
// Runs after remark-paragraph-ids (which sets id and data-paragraph) and the heading anchors.
import type { ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { walkElements } from './walk-elements.ts';
import { t } from '../i18n/index.ts';
import { articleLang } from './article-lang.ts';

/** Top-level blocks that are not numbered paragraphs but still land a search result on themselves. */
const BLOCKS: Record<string, string> = { ul: 'list', ol: 'list', blockquote: 'quote' };

export default function rehypePagefindParagraphs() {
  return (tree: Root, file?: VFile) => {
    markBlocks(tree, articleLang(file));
    walkElements(tree, (node) => {
      const props = node.properties;
      if (node.tagName === 'p' && props['dataParagraph'] != null && props['id'] != null) {
        props['dataPagefindTitle'] = `¶ ${String(props['dataParagraph'])}`;
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

/**
 * Gives each top-level list and quotation an id after the paragraph before it ("p4-list",
 * then "p4-list-2"), and a sub-result title, so a search hit in a list item lands on the list.
 */
function markBlocks(tree: Root, lang: string) {
  let previous = 'p0';
  const used = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'p' && node.properties['dataParagraph'] != null) previous = String(node.properties['id']);
    const kind = BLOCKS[node.tagName];
    if (!kind || node.properties['id'] != null) continue;
    let id = `${previous}-${kind}`;
    for (let n = 2; used.has(id); n++) id = `${previous}-${kind}-${n}`;
    used.add(id);
    node.properties['id'] = id;
    const words = indexedText(node).trim().split(/\s+/).slice(0, 8).join(' ');
    const label = t(lang, kind === 'list' ? 'article.listAfter' : 'article.quoteAfter', { number: previous.slice(1) });
    node.properties['dataPagefindTitle'] = `${label} · ${words}…`;
  }
}
