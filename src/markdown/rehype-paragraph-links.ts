// Puts a "¶7" permalink at the end of every numbered paragraph (<p data-paragraph>), the
// paragraph counterpart of the heading anchors in heading-anchors.ts: a real link, reachable
// by Tab, whose spoken name starts with what it shows ("¶7, link to paragraph 7", WCAG 2.5.3)
// and whose description (#copy-hint, linked and filled in by the sharing script when it starts,
// so not written into every paragraph) says that it also copies.
// No hidden text inside, so a copied selection of the paragraph holds only its words
// (sharing.css makes the number itself unselectable). Screen-only (print.css hides
// .para-anchor), not indexed (tools/lib/index-part-worker.ts excludes .para-anchor: no attribute in every paragraph).
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { articleLang } from './article-lang.ts';

/** The ¶ link of paragraph `number`, named in the article's language `lang`. */
export function paragraphLink(number: string, id: string, lang = 'en'): Element {
  // Written out rather than with hastscript's h('a.para-anchor', …): one per paragraph of every
  // article, and h parses its selector and looks each property up every time.
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['para-anchor'], href: `#${id}`, ariaLabel: t(lang, 'article.paragraphLink', { number }) },
    children: [{ type: 'text', value: `¶${number}` }],
  };
}

export default function rehypeParagraphLinks() {
  return (tree: Root, file?: VFile) => {
    const lang = articleLang(file);
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const number = node.properties?.['dataParagraph'];
      const id = node.properties?.['id'];
      if (number === undefined || typeof id !== 'string') continue;
      node.children.push({ type: 'text', value: ' ' }, paragraphLink(String(number), id, lang));
    }
  };
}
