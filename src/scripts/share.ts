// Sharing behaviour, loaded on demand by src/scripts/loader/share.ts:
// - activating a ¶ or # link also copies its absolute URL (announced in the status region;
//   when the clipboard is refused, the URL is shown selected in a read-only field); where the
//   system share sheet exists (phones), it is offered instead, with the title and that URL;
// - a selection inside the article shows "Copy link to passage" (a text-fragment link);
// - in browsers without text fragments, a passage link is scrolled to and marked by us.
import { directiveFor, Matcher, normalize, parseTextDirective, wordRange } from '../lib/text-fragment.ts';
import { domText, indexAt } from './page-text.ts';
import { shareSheet } from './share-sheet.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const prose = () => document.querySelector<HTMLElement>('.prose');

/** This page's public address (the canonical URL), without a fragment. */
function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return (canonical ?? location.href).split('#')[0]!;
}

function announce(message: string) {
  const status = $('share-status');
  status.textContent = '';
  // A fresh text node, a tick later, so a repeated message is announced again; cleared
  // after a while so the message does not sit over the text.
  setTimeout(() => (status.textContent = message), 50);
  clearTimeout(clearing);
  clearing = setTimeout(() => (status.textContent = ''), 6000);
}
let clearing: ReturnType<typeof setTimeout> | undefined;

type Message = 'hint' | 'copied' | 'whatParagraph' | 'whatSection' | 'whatPassage' | 'whatPassageAny';
/** A message in the site's language, from ShareTools.astro's data-* attributes, with its {name}s filled. */
function say(message: Message, vars: Record<string, string> = {}): string {
  return ($('share-tools').dataset[message] ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

let returnTo: HTMLElement | null = null;

/** A link to part of the article: the system share sheet where there is one, else the clipboard. */
const copy = async (url: string, what: string, asker: HTMLElement | null, near: Element) => {
  if (!(await shareSheet(url))) await copyText(url, what, asker, near);
};

/** Where the clipboard fallback goes: after the block holding the control that asked, in the flow. */
const blockOf = (el: Element) => el.closest('p, .heading-wrapper, li') ?? el;

async function copyText(url: string, what: string, asker: HTMLElement | null, near: Element) {
  try {
    await navigator.clipboard.writeText(url);
    const message = say('copied', { what });
    announce(`${message.charAt(0).toLocaleUpperCase()}${message.slice(1)}`);
    // Following a link's fragment moves focus to the page; keep it on the link that was used.
    if (asker instanceof HTMLAnchorElement) setTimeout(() => asker.focus({ preventScroll: true }));
  } catch {
    // Shown inline under the control that asked (never fixed over the page, so it hides
    // nothing that can take focus); its label carries the message, read when the field takes focus.
    const box = $('copy-fallback');
    const input = $<HTMLInputElement>('copy-fallback-input');
    $('copy-fallback-what').textContent = what;
    input.value = url;
    blockOf(near).after(box);
    box.hidden = false;
    // After the link's own navigation, which moves focus to the page.
    setTimeout(() => {
      input.focus();
      input.select();
    });
    returnTo = asker;
  }
}

function closeFallback() {
  const box = $('copy-fallback');
  if (box.hidden) return;
  box.hidden = true;
  returnTo?.focus();
}

export function onClick(event: Event) {
  const copyButton = (event.target as Element | null)?.closest<HTMLElement>('[data-copy]');
  if (copyButton) {
    const source = document.getElementById(copyButton.dataset['copy'] ?? '');
    if (source) void copyText(normalize(source.textContent ?? ''), copyButton.dataset['copyLabel'] ?? 'text', copyButton, copyButton);
    return;
  }
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.para-anchor, a.heading-anchor');
  if (!link) return;
  const id = decodeURIComponent(link.hash.slice(1));
  const what = link.classList.contains('para-anchor')
    ? say('whatParagraph', { number: document.getElementById(id)?.dataset['paragraph'] ?? id })
    : say('whatSection');
  void copy(`${pageUrl()}#${id}`, what, link, link);
}

function selectionInProse(): { range: Range; paragraph: HTMLElement } | null {
  const selection = getSelection();
  const root = prose();
  if (!selection || selection.isCollapsed || !root || !normalize(selection.toString())) return null;
  const range = selection.getRangeAt(0);
  // A triple-click on the last paragraph may end the selection past the article.
  if (!root.contains(range.startContainer)) return null;
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const paragraph = start?.closest<HTMLElement>('p[id]');
  return paragraph ? { range, paragraph } : null;
}

let lastPassage: { range: Range; paragraph: HTMLElement } | null = null;

function onSelectionChange() {
  const button = $<HTMLButtonElement>('passage-button');
  const found = selectionInProse();
  if (found) {
    // A copy: the selection's own range changes with the selection (a click on the button may collapse it).
    lastPassage = { ...found, range: found.range.cloneRange() };
    // Placed after the ¶ link of the paragraph where the selection starts, so Tab reaches it next.
    found.paragraph.querySelector('.para-anchor')?.after(button);
    button.hidden = false;
  } else if (document.activeElement !== button) {
    button.hidden = true;
  }
}

/** The page's text as the browser's matcher reads it, and that matcher. */
function matcherForPage() {
  const page = domText();
  return { page, matcher: new Matcher(page.text, document.documentElement.lang || undefined) };
}

function copyPassage() {
  if (!lastPassage) return;
  const { range } = lastPassage;
  const { page, matcher } = matcherForPage();
  const words = wordRange(
    page,
    indexAt(page, range.startContainer, range.startOffset),
    indexAt(page, range.endContainer, range.endOffset),
    matcher,
  );
  const directive = words && directiveFor(page, words[0], words[1], matcher);
  // The paragraph where the passage starts; the link falls back to it where no directive is unique.
  const paragraph = (words && page.nodes[words[0]]?.parentElement?.closest<HTMLElement>('p[id]')) || lastPassage.paragraph;
  const n = paragraph.dataset['paragraph'];
  void copy(
    `${pageUrl()}#${paragraph.id}${directive ? `:~:${directive}` : ''}`,
    n ? say('whatPassage', { number: n }) : say('whatPassageAny'),
    null,
    paragraph,
  );
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

/** The cite block's pinpoints follow the paragraph in the URL (#p7 → "par. 7"). */
function pinToTarget() {
  const n = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.dataset['paragraph'];
  if (n) for (const span of document.querySelectorAll('.pin-number')) span.textContent = n;
}

export function start() {
  $('copy-hint').textContent = say('hint');
  pinToTarget();
  addEventListener('hashchange', pinToTarget);
  document.addEventListener('selectionchange', onSelectionChange);
  $('passage-button').addEventListener('click', copyPassage);
  $('copy-fallback-close').addEventListener('click', closeFallback);
  $('copy-fallback').addEventListener('keydown', (e) => e.key === 'Escape' && closeFallback());
  if (location.hash.includes(':~:')) markPassage(location.hash);
  onSelectionChange();
}
