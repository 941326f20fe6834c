// The loader, imported by every page's head script at the reader's first sign of interaction (or
// at once where the URL needs it), and handed the events the head script saw until then. It
// wires each feature, whose own module is imported from its hashed address when first needed.
import { wireSearch } from './search.ts';
import { wireShare } from './share.ts';
import { wireEpub } from './epub.ts';
import { wireTheme } from './theme.ts';
import { fillAccessDates } from './accessed.ts';

/** `queued`: the events of the reader's first interaction, in order (empty when the URL alone asked for the loader). */
export function start(queued: Event[]): void {
  wireTheme(queued);
  wireSearch(queued);
  wireShare(queued);
  wireEpub(queued);
  fillAccessDates();
}
