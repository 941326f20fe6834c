// When sharing code loads on an article (ShareTools.astro): on the first sign of interaction, or at
// once for a passage link that the browser could not highlight; then it is handed the clicks.
import { load } from './load.ts';

export function wireShare(): void {
  if (!document.getElementById('share-tools')) return;
  const start = () => load('share').then((share) => (share.start(), share));
  let started: ReturnType<typeof start> | undefined;
  const startOnce = () => (started ??= start());
  for (const type of ['focusin', 'pointerover', 'touchstart', 'selectionchange']) {
    document.addEventListener(type, startOnce, { once: true, passive: true });
  }
  document.addEventListener('click', (event) => void startOnce().then((share) => share.onClick(event)));
  if (location.hash.includes(':~:')) void startOnce();
  // Copy buttons do nothing without scripts, so they are shown only now.
  for (const button of document.querySelectorAll<HTMLElement>('[data-copy]')) button.hidden = false;
}
