// The page's rendered text as the browser's text-fragment matcher reads it: every rendered
// text node, whitespace collapsed, one block per block-level box (or out-of-flow box),
// blocks joined by "\n". Each character keeps its DOM position, so a selection can be put
// into the text and a match back into the DOM.
import type { PageText } from '../lib/text-fragment.ts';

export interface DomText extends PageText {
  article: boolean[];
  nodes: Text[]; // per character: its text node
  offsets: number[]; // per character: its offset in that node
}

const SKIP = 'script, style, noscript, template, [hidden], #passage-button';
/** Text readers never select as article text: the ¶ links, buttons, visually hidden labels. */
const CONTROL = '[data-screen-only], .para-anchor, button, .visually-hidden, .sr-only';

/** The element whose box starts a new block for `el`'s text. */
function blockOf(el: Element, cache: Map<Element, Element>): Element {
  const known = cache.get(el);
  if (known) return known;
  const style = getComputedStyle(el);
  const inline =
    (style.display === 'inline' || style.display === 'contents') && style.position !== 'absolute' && style.position !== 'fixed';
  const block = inline && el.parentElement ? blockOf(el.parentElement, cache) : el;
  cache.set(el, block);
  return block;
}

export function domText(root: Element = document.body, article: Element | null = document.querySelector('.prose')): DomText {
  const out: DomText = { text: '', article: [], nodes: [], offsets: [] };
  const chars: string[] = [];
  const cache = new Map<Element, Element>();
  let block: Element | null = null;
  const push = (c: string, node: Text, offset: number, inArticle: boolean) => {
    chars.push(c);
    out.nodes.push(node);
    out.offsets.push(offset);
    out.article.push(inArticle);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const el = node.parentElement;
    if (!el || el.closest(SKIP) || !el.checkVisibility()) continue;
    const nodeBlock = blockOf(el, cache);
    if (nodeBlock !== block) {
      while (chars.at(-1) === ' ') popChar();
      if (chars.length && chars.at(-1) !== '\n') push('\n', node, 0, false);
      block = nodeBlock;
    }
    const inArticle = !!article?.contains(node) && !el.closest(CONTROL);
    for (let i = 0; i < node.data.length; i++) {
      const c = node.data[i]!;
      if (/\s/.test(c)) {
        if (chars.length && chars.at(-1) !== ' ' && chars.at(-1) !== '\n') push(' ', node, i, inArticle);
      } else push(c, node, i, inArticle);
    }
  }
  function popChar() {
    chars.pop();
    out.nodes.pop();
    out.offsets.pop();
    out.article.pop();
  }
  while (chars.at(-1) === ' ') popChar();
  out.text = chars.join('');
  return out;
}

/** The index in `t` of the first character at or after the DOM point (node, offset). */
export function indexAt(t: DomText, node: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(node, offset);
  let lo = 0;
  let hi = t.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(t.nodes[mid]!, t.offsets[mid]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
