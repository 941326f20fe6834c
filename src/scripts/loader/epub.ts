// "Download as EPUB" (EpubDownload.astro): shown only now, since it needs scripts; the e-book
// writer (src/scripts/epub.ts, with its zip library) is fetched on the click.
import { load } from './load.ts';

export function wireEpub(): void {
  const button = document.getElementById('epub-button');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => void load('epub').then((epub) => epub.downloadEpub(document)));
}
