// Pagefind keeps, for every element with an id in a page, its whole text in the page's fragment
// ("anchors"), beside the page's text itself. A paragraph made a sub-result by its
// data-pagefind-title (src/markdown/rehype-pagefind-paragraphs.ts) is shown by that title and its
// excerpt, which comes from the page's text: Pagefind reads an anchor's text only when it has no
// title. So the text of titled anchors is dropped from each fragment after Pagefind writes it.
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind's fragment files start, once decompressed, with this signature before the JSON. */
const SIGNATURE = 'pagefind_dcd';

interface Anchor {
  title?: string;
  text?: string;
}

/** A fragment's decompressed bytes without the text of its titled anchors (untouched if it has none). */
export function withoutTitledAnchorText(fragment: string): string {
  if (!fragment.startsWith(SIGNATURE)) throw new Error('Not a Pagefind fragment');
  const data = JSON.parse(fragment.slice(SIGNATURE.length)) as { anchors?: Anchor[] };
  let changed = false;
  for (const anchor of data.anchors ?? []) {
    if (anchor.title?.trim() && anchor.text !== undefined) {
      delete anchor.text;
      changed = true;
    }
  }
  return changed ? `${SIGNATURE}${JSON.stringify(data)}` : fragment;
}

/** Rewrites every fragment of the Pagefind bundle in `dir`; returns the bytes saved on disk. */
export function trimFragments(dir: string): number {
  const fragments = join(dir, 'fragment');
  let saved = 0;
  for (const name of readdirSync(fragments)) {
    const file = join(fragments, name);
    const before = readFileSync(file);
    const text = gunzipSync(before).toString('utf8');
    const trimmed = withoutTitledAnchorText(text);
    if (trimmed === text) continue;
    const after = gzipSync(trimmed, { level: 9 });
    if (after.length >= before.length) continue;
    writeFileSync(file, after);
    saved += before.length - after.length;
  }
  return saved;
}
