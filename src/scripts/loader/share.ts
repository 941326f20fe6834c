// Sharing on an article (ShareTools.astro): its code starts with the loader, which the reader's
// first interaction brought (or on the first sign of one, when the URL alone asked for the
// loader), at once for a passage link that the browser could not highlight; it is handed the clicks.
import { load } from './load.ts';

export function wireShare(queued: Event[]): void {
  if (!document.getElementById('share-tools')) return;
  const start = () => load('share').then((share) => (share.start(), share));
  let started: ReturnType<typeof start> | undefined;
  const startOnce = () => (started ??= start());
  const onClick = (event: Event) => void startOnce().then((share) => share.onClick(event));
  if (queued.length > 0 || location.hash.includes(':~:')) void startOnce();
  else
    for (const type of ['focusin', 'pointerover', 'touchstart', 'selectionchange'])
      document.addEventListener(type, startOnce, { once: true, passive: true });
  for (const event of queued) if (event.type === 'click') onClick(event);
  document.addEventListener('click', onClick);
}
