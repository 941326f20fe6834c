// Sharing behaviour, loaded on demand by src/scripts/loader/share.ts:
// - activating a ¶ or # link also copies its absolute URL (announced in the status region;
//   when the clipboard is refused, the URL is shown selected in a read-only field); where the
//   system share sheet exists (phones), it is offered instead, with the title and that URL;
// - a selection inside the article shows "Copy link to passage" (a text-fragment link);
// - in browsers without text fragments, a passage link is scrolled to and marked by us.
// The passage code (./passage.ts) is a module of its own, loaded on the first selection.
import { shareSheet } from './share-sheet.ts';

/** Whitespace collapsed (kept here, not imported, so the passage code stays out of this module). */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
let passageModule: Promise<typeof import('./passage.ts')> | undefined;
const passage = () => (passageModule ??= import('./passage.ts'));

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

/** The citation a copy button of the cite block (CiteThis.astro) copies: the nearest before it. */
function citationBefore(button: Element): Element | null {
  let el = button.previousElementSibling;
  while (el && !el.classList.contains('citation-text')) el = el.previousElementSibling;
  return el;
}

/** What it copies, for the announcement: "{style} citation of the original" or "…of this edition", in the block's language. */
function citationLabel(button: HTMLElement): string {
  const block = button.closest<HTMLElement>('.cite-this')?.dataset;
  const template = (button.dataset['copy'] === 'reprint' ? block?.['copyReprint'] : block?.['copyOriginal']) ?? '{style}';
  return template.replace('{style}', button.closest('section')?.querySelector('h3')?.textContent ?? '');
}

export function onClick(event: Event) {
  const copyButton = (event.target as Element | null)?.closest<HTMLElement>('[data-copy]');
  if (copyButton) {
    const source = citationBefore(copyButton);
    if (source) void copyText(collapse(source.textContent ?? ''), citationLabel(copyButton), copyButton, copyButton);
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
  if (!selection || selection.isCollapsed || !root || !selection.toString().trim()) return null;
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
    void passage(); // ready by the time the button is pressed
    // Placed after the ¶ link of the paragraph where the selection starts, so Tab reaches it next.
    found.paragraph.querySelector('.para-anchor')?.after(button);
    button.hidden = false;
  } else if (document.activeElement !== button) {
    button.hidden = true;
  }
}

async function copyPassage() {
  if (!lastPassage) return;
  const { fragment, paragraph } = (await passage()).passageFragment(lastPassage.range, lastPassage.paragraph);
  const n = paragraph.dataset['paragraph'];
  void copy(`${pageUrl()}#${fragment}`, n ? say('whatPassage', { number: n }) : say('whatPassageAny'), null, paragraph);
}

/** Marks a passage link's words in browsers that keep the directive in location.hash. */
export async function markPassage(hash: string) {
  (await passage()).markPassage(hash);
}

/** The cite block's pinpoints follow the paragraph in the URL (#p7 → "par. 7"). */
function pinToTarget() {
  const n = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.dataset['paragraph'];
  if (n) for (const span of document.querySelectorAll('.pin-number')) span.textContent = n;
}

export function start() {
  $('copy-hint').textContent = say('hint');
  // Linked here rather than in the markup of every paragraph: the hint is empty until now anyway.
  for (const link of document.querySelectorAll('.para-anchor')) link.setAttribute('aria-describedby', 'copy-hint');
  pinToTarget();
  addEventListener('hashchange', pinToTarget);
  document.addEventListener('selectionchange', onSelectionChange);
  $('passage-button').addEventListener('click', () => void copyPassage());
  $('copy-fallback-close').addEventListener('click', closeFallback);
  $('copy-fallback').addEventListener('keydown', (e) => e.key === 'Escape' && closeFallback());
  if (location.hash.includes(':~:')) void markPassage(location.hash);
  onSelectionChange();
}
