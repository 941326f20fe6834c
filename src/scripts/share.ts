// Sharing behaviour, loaded on demand by src/scripts/loader/share.ts:
// - activating a ¶ or # link also copies its absolute URL (announced in the status region;
//   when the clipboard is refused, the URL is shown selected in a read-only field);
// - a selection inside the article shows "Copy link to passage" (a text-fragment link);
// - in browsers without text fragments, a passage link is scrolled to and marked by us.
import { findPassage, normalize, parseTextDirective, textDirective } from '../lib/text-fragment.ts';

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

let returnTo: HTMLElement | null = null;

const copy = (url: string, what: string, returnFocus: HTMLElement | null) => copyText(url, `link to ${what}`, returnFocus);

async function copyText(url: string, what: string, returnFocus: HTMLElement | null) {
  try {
    await navigator.clipboard.writeText(url);
    announce(`${what[0]!.toUpperCase()}${what.slice(1)} copied.`);
  } catch {
    const box = $('copy-fallback');
    const input = $<HTMLInputElement>('copy-fallback-input');
    input.value = url;
    box.hidden = false;
    // After the link's own navigation, which moves focus to the page.
    setTimeout(() => {
      input.focus();
      input.select();
    });
    returnTo = returnFocus;
    announce(`Copying is not allowed here. The ${what} is selected: press Control+C or Command+C to copy it.`);
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
    if (source) void copyText(normalize(source.textContent ?? ''), copyButton.dataset['copyLabel'] ?? 'text', copyButton);
    return;
  }
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.para-anchor, a.heading-anchor');
  if (!link) return;
  const id = decodeURIComponent(link.hash.slice(1));
  const what = link.classList.contains('para-anchor')
    ? `paragraph ${document.getElementById(id)?.dataset['paragraph'] ?? id}`
    : 'this section';
  void copy(`${pageUrl()}#${id}`, what, link);
}

function selectionInProse(): { range: Range; paragraph: HTMLElement } | null {
  const selection = getSelection();
  const root = prose();
  if (!selection || selection.isCollapsed || !root || !normalize(selection.toString())) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const paragraph = start?.closest<HTMLElement>('p[id]');
  return paragraph ? { range, paragraph } : null;
}

let lastPassage: { range: Range; paragraph: HTMLElement } | null = null;

function onSelectionChange() {
  const button = $<HTMLButtonElement>('passage-button');
  const found = selectionInProse();
  if (found) {
    lastPassage = found;
    // Placed after the ¶ link of the paragraph where the selection starts, so Tab reaches it next.
    found.paragraph.querySelector('.para-anchor')?.after(button);
    button.hidden = false;
  } else if (document.activeElement !== button) {
    button.hidden = true;
  }
}

function copyPassage() {
  if (!lastPassage) return;
  const { range, paragraph } = lastPassage;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(paragraph, paragraph.childNodes.length);
  const directive = textDirective(range.toString(), before.toString(), prose()?.textContent ?? '', after.toString());
  const n = paragraph.dataset['paragraph'];
  void copy(`${pageUrl()}#${paragraph.id}:~:${directive}`, n ? `the passage in paragraph ${n}` : 'the passage', null);
}

/** Our own highlight, for browsers that do not act on text fragments (they keep the directive in location.hash). */
export function markPassage(hash: string) {
  const parsed = parseTextDirective(hash);
  const target = parsed && document.getElementById(parsed.id);
  if (!parsed || !target) return;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (node.parentElement?.closest('[data-screen-only]')) continue;
    nodes.push(node);
    text += node.data;
  }
  const found = findPassage(text, parsed.directive);
  if (!found) return target.scrollIntoView();
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const next = offset + node.data.length;
    if (found[0] >= offset && found[0] <= next) range.setStart(node, found[0] - offset);
    if (found[1] >= offset && found[1] <= next) range.setEnd(node, found[1] - offset);
    offset = next;
  }
  const mark = document.createElement('mark');
  mark.className = 'passage-mark';
  mark.append(range.extractContents());
  range.insertNode(mark);
  mark.scrollIntoView({ block: 'center' });
}

/** The cite block's pinpoints follow the paragraph in the URL (#p7 → "par. 7"). */
function pinToTarget() {
  const n = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.dataset['paragraph'];
  if (n) for (const span of document.querySelectorAll('.pin-number')) span.textContent = n;
}

export function start() {
  pinToTarget();
  addEventListener('hashchange', pinToTarget);
  document.addEventListener('selectionchange', onSelectionChange);
  $('passage-button').addEventListener('click', copyPassage);
  $('copy-fallback-close').addEventListener('click', closeFallback);
  $('copy-fallback').addEventListener('keydown', (e) => e.key === 'Escape' && closeFallback());
  if (location.hash.includes(':~:')) markPassage(location.hash);
  onSelectionChange();
}
