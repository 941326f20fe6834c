// The article `npm run new` writes: every required field present, each marked "FILL IN".
// It is valid against the schema, so `npm run dev` shows it while the editor writes, but
// `npm run build` refuses it (tools/lib/content-check.ts) until no FILL IN is left, so an
// unfinished article can never be published by accident.
import { renderArticle } from './article-file.ts';

export function scaffold(title: string, today: Date = new Date()): string {
  return renderArticle(
    {
      title,
      description: 'FILL IN: one or two sentences shown under the title, in lists and in link previews.',
      author: { name: 'FILL IN: the author’s name', bio: 'FILL IN: one sentence about the author, or delete this line.' },
      date: today.toISOString().slice(0, 10),
      source: {
        url: 'https://example.invalid/FILL-IN-the-original-address',
        publisher: 'FILL IN: the original publication, such as "The Moscow Times"',
      },
      disclaimer:
        'FILL IN: the publisher’s disclaimer, such as "The views expressed in opinion pieces do not necessarily reflect the position of …"',
    },
    [
      {
        kind: 'paragraph',
        text: 'FILL IN: the first paragraph. Keep the "¶1 " in front: it is the paragraph’s permanent link and citation number.',
      },
      { kind: 'paragraph', text: 'FILL IN: the second paragraph, and so on: ¶3, ¶4 … (see docs/paragraph-ids.md).' },
    ],
    { date: 'FILL IN: the date of first publication, then delete this note' },
  );
}
