// Gives every top-level paragraph of an article the id written in its "¶N" marker,
// strips the marker, and refuses a body whose paragraphs are unmarked or repeat a number.
import type {} from 'mdast-util-to-hast'; // brings in the hProperties field on mdast data
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { compareNumbers, paragraphId, readMarker, retiredNotice } from '../lib/paragraphs/marker.ts';

/** Where Astro puts an entry's frontmatter for remark plugins. */
interface AstroFileData {
  astro?: { frontmatter?: { retiredParagraphs?: Record<string, string> } };
}

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
    insertRetiredNotices(tree, file, seen);
  };
}

/**
 * A deleted paragraph keeps its id as a notice (shown only when it is the link target),
 * placed where the paragraph stood, so an old link never lands silently on other text.
 */
function insertRetiredNotices(tree: Root, file: VFile, used: Map<string, number>) {
  const retired = (file.data as AstroFileData).astro?.frontmatter?.retiredParagraphs ?? {};
  for (const [number, note] of Object.entries(retired).sort(([a], [b]) => compareNumbers(b, a))) {
    if (used.has(number)) {
      file.fail(
        `Paragraph "¶${number}" is listed in retiredParagraphs but still used on line ${used.get(number)}. A retired number is never reused.`,
        undefined,
        'folio:paragraph-ids',
      );
    }
    // Insert before the first numbered paragraph that comes after it in reading order.
    const index = tree.children.findIndex((n) => {
      const p = n.type === 'paragraph' ? n.data?.hProperties?.['dataParagraph'] : undefined;
      return typeof p === 'string' && compareNumbers(p, number) > 0;
    });
    const notice: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: retiredNotice(number, note) }],
      data: { hProperties: { id: paragraphId(number), className: ['retired-paragraph'], dataPagefindIgnore: '', dataScreenOnly: '' } },
    };
    tree.children.splice(index === -1 ? tree.children.length : index, 0, notice);
  }
}

function setId(node: Paragraph, number: string) {
  const data = (node.data ??= {});
  data.hProperties = { ...data.hProperties, id: paragraphId(number), dataParagraph: number };
}
