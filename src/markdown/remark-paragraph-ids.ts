// Gives every top-level paragraph of an article its id: the one written in its "¶N" marker
// (the marker is then stripped), or the one src/lib/paragraphs/numbering.ts gives an
// unmarked paragraph. Refuses a body that repeats a number or reuses a retired one.
import type {} from 'mdast-util-to-hast'; // brings in the hProperties field on mdast data
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { compareNumbers, paragraphId, readMarker, retiredNotice } from '../lib/paragraphs/marker.ts';
import { numberParagraphs, type NumberingProblem } from '../lib/paragraphs/numbering.ts';

/** Where Astro puts an entry's frontmatter for remark plugins. */
interface AstroFileData {
  astro?: { frontmatter?: { retiredParagraphs?: Record<string, string> } };
}

export default function remarkParagraphIds() {
  return (tree: Root, file: VFile) => {
    const retired = (file.data as AstroFileData).astro?.frontmatter?.retiredParagraphs ?? {};
    const { paragraphs, problems } = numberParagraphs(tree, Object.keys(retired));
    if (problems.length) file.fail(problemMessage(problems[0]!), problems[0]!.paragraph.node, 'folio:paragraph-ids');
    for (const { node, marker, number } of paragraphs) {
      const first = node.children[0];
      if (marker && first?.type === 'text') first.value = readMarker(first.value)!.rest;
      setId(node, number);
    }
    insertRetiredNotices(tree, retired);
  };
}

function problemMessage(problem: NumberingProblem): string {
  const line = (p: { node: Paragraph }) => p.node.position?.start.line;
  const { number } = problem.paragraph;
  return problem.kind === 'duplicate'
    ? `Paragraph marker "¶${number}" (line ${line(problem.paragraph)}) is used twice (first on line ${line(problem.first)}). Each paragraph needs its own number.`
    : `Paragraph "¶${number}" is listed in retiredParagraphs but still used on line ${line(problem.paragraph)}. A retired number is never reused.`;
}

/**
 * A deleted paragraph keeps its id as a notice (shown only when it is the link target),
 * placed where the paragraph stood, so an old link never lands silently on other text.
 */
function insertRetiredNotices(tree: Root, retired: Record<string, string>) {
  for (const [number, note] of Object.entries(retired).sort(([a], [b]) => compareNumbers(b, a))) {
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
