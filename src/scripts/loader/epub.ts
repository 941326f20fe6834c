// "Download as EPUB" (EpubDownload.astro): shown only with scripts (base.css); the e-book writer
// (src/scripts/epub.ts, with its zip library) is fetched on the click.
import { load } from './load.ts';

export function wireEpub(queued: Event[]): void {
  const button = document.getElementById('epub-button');
  if (!button) return;
  const download = () => void load('epub').then((epub) => epub.downloadEpub(document));
  if (queued.some((event) => event.type === 'click' && event.target instanceof Node && button.contains(event.target))) download();
  button.addEventListener('click', download);
}
