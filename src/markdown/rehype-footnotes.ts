// Sets GFM footnotes for reading. The notes section (remark-rehype's) gets a visible "Notes"
// heading and back-links named in the article's language, and each note is a search sub-result (#user-content-fn-1). Beside the first
// reference to each note goes a copy of the note as a sidenote, which article.css shows in
// the margin on wide screens and hides elsewhere. The copy is aria-hidden, has no links or
// ids, and is kept out of search and print, so a screen reader, Pagefind and the print
// edition each meet the note once, in the notes section.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { paragraphResultTitle } from '../lib/paragraphs/search-titles.ts';
import { t } from '../i18n/index.ts';
import { articleLang } from './article-lang.ts';
import { walkElements } from './walk-elements.ts';

const PHRASING = new Set(['em', 'strong', 'code', 'del', 's', 'sub', 'sup', 'abbr', 'cite', 'q', 'b', 'i', 'kbd', 'mark', 'small']);

export default function rehypeFootnotes() {
  return (tree: Root, file?: VFile) => {
    const lang = articleLang(file);
    const notes = new Map<string, Element>();
    // remark-rehype puts the notes section at the end of the root.
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'section' && node.properties['dataFootnotes'] != null) {
        walkElements(node, (child) => {
          if (child.tagName === 'h2') {
            child.properties['className'] = ['notes-heading'];
            child.children = [{ type: 'text', value: t(lang, 'article.notes') }];
          }
          if (child.tagName === 'li' && typeof child.properties['id'] === 'string') {
            const number = String(notes.size + 1);
            notes.set(child.properties['id'], child);
            child.properties['dataPagefindTitle'] = paragraphResultTitle(number, noteText(child)).replace('¶', t(lang, 'article.note'));
          }
          // remark-rehype names back-links "Back to reference 1" (and "1-2" for a second reference).
          if (child.properties['dataFootnoteBackref'] != null) {
            const number = /(\d+(?:-\d+)?)$/.exec(String(child.properties['ariaLabel'] ?? ''))?.[1] ?? '';
            child.properties['ariaLabel'] = t(lang, 'article.backToReference', { number });
          }
        });
      }
    }
    if (notes.size === 0) return;
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'sup') return;
      const ref = node.children.find((c): c is Element => c.type === 'element' && c.properties['dataFootnoteRef'] != null);
      const target = String(ref?.properties['href'] ?? '').slice(1);
      const note = notes.get(target);
      if (!ref || !note || /-\d+-\d+$/.test(String(ref.properties['id']))) return; // only beside the first reference
      const sidenote = h('span.sidenote', { ariaHidden: 'true', dataPagefindIgnore: '', dataScreenOnly: '' }, [
        h('span.sidenote-number', toString(ref)),
        { type: 'text', value: ' ' },
        ...inline(note.children),
      ]);
      parent.children.splice(index + 1, 0, sidenote);
      return index + 2;
    });
  };
}

/** The note's text without its back-link arrows. */
function noteText(li: Element): string {
  return toString(h('div', inline(li.children)));
}

/** A note's content as phrasing content for a <span>: blocks and links become spans, back-links and ids go. */
function inline(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim() || out.length) out.push({ type: 'text', value: node.value.replace(/\s*\n\s*/g, ' ') });
      continue;
    }
    if (node.type !== 'element' || node.properties['dataFootnoteBackref'] != null) continue;
    const children = inline(node.children);
    if (PHRASING.has(node.tagName)) out.push({ ...node, properties: {}, children });
    else out.push(h('span', children));
  }
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out;
}
