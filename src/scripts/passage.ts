// Passage links, loaded by the sharing script on the first selection in the article (or at once
// for a passage link the browser could not highlight): the text-fragment directive for a
// selection, built against the page text as the browser's matcher reads it, and our own mark
// for browsers that do not act on text fragments.
import { directiveFor, Matcher, parseTextDirective, wordRange } from '../lib/text-fragment.ts';
import { domText, indexAt } from './page-text.ts';

/** The page's text as the browser's matcher reads it, and that matcher. */
function matcherForPage() {
  const page = domText();
  return { page, matcher: new Matcher(page.text, document.documentElement.lang || undefined) };
}

/**
 * The fragment ("p7:~:text=…") linking to the words of `range`, and the paragraph where they
 * start; without a unique directive, the fragment is that paragraph's id alone.
 */
export function passageFragment(range: Range, paragraph: HTMLElement): { fragment: string; paragraph: HTMLElement } {
  const { page, matcher } = matcherForPage();
  const words = wordRange(
    page,
    indexAt(page, range.startContainer, range.startOffset),
    indexAt(page, range.endContainer, range.endOffset),
    matcher,
  );
  const directive = words && directiveFor(page, words[0], words[1], matcher);
  const start = (words && page.nodes[words[0]]?.parentElement?.closest<HTMLElement>('p[id]')) || paragraph;
  return { fragment: `${start.id}${directive ? `:~:${directive}` : ''}`, paragraph: start };
}

/**
 * Our own highlight, for browsers that do not act on text fragments (they keep the directive
 * in location.hash): the same matcher over the same page text, so it marks what a browser
 * that supports them would.
 */
export function markPassage(hash: string) {
  const parsed = parseTextDirective(hash);
  const target = parsed && document.getElementById(parsed.id);
  if (!parsed || !target) return;
  const { page, matcher } = matcherForPage();
  const found = matcher.match(parsed.directive);
  if (!found) return target.scrollIntoView();
  // One <mark> per text node, so a passage across paragraphs keeps them whole.
  const pieces = new Map<Text, [number, number]>();
  for (let i = found[0]; i < found[1]; i++) {
    if (page.text[i] === '\n') continue;
    const node = page.nodes[i]!;
    const offset = page.offsets[i]!;
    pieces.set(node, [pieces.get(node)?.[0] ?? offset, offset + 1]);
  }
  const marks = [...pieces].map(([node, [from, to]]) => {
    const piece = node.splitText(from);
    piece.splitText(to - from);
    const mark = document.createElement('mark');
    mark.className = 'passage-mark';
    piece.before(mark);
    mark.append(piece);
    return mark;
  });
  marks[0]?.scrollIntoView({ block: 'center' });
}
