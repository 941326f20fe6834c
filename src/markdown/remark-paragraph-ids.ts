// Gives every top-level paragraph of an article the id written in its "¶N" marker,
// strips the marker, and refuses a body whose paragraphs are unmarked or repeat a number.
import type {} from 'mdast-util-to-hast'; // brings in the hProperties field on mdast data
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { paragraphId, readMarker } from '../lib/paragraph-marker.ts';

export default function remarkParagraphIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    let count = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      count++;
      const first = node.children[0];
      const marker = first?.type === 'text' ? readMarker(first.value) : null;
      const line = node.position?.start.line;
      if (!marker || first?.type !== 'text') {
        file.fail(
          `Paragraph ${count} (line ${line}) has no "¶" marker. Start it with its number, e.g. "¶${count} ", ` +
            `or, for a paragraph inserted into a published article, the previous number plus a letter ("¶4a"), so existing links keep their target.`,
          node,
          'folio:paragraph-ids',
        );
      }
      if (seen.has(marker.number)) {
        file.fail(
          `Paragraph marker "¶${marker.number}" (line ${line}) is used twice (first on line ${seen.get(marker.number)}). Each paragraph needs its own number.`,
          node,
          'folio:paragraph-ids',
        );
      }
      seen.set(marker.number, line ?? 0);
      first.value = marker.rest;
      setId(node, marker.number);
    }
  };
}

function setId(node: Paragraph, number: string) {
  const data = (node.data ??= {});
  data.hProperties = { ...data.hProperties, id: paragraphId(number), dataParagraph: number };
}
