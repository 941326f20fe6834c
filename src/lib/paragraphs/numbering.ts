// The one set of rules for which blocks of an article are numbered paragraphs and what
// number each gets. The remark plugin (src/markdown/remark-paragraph-ids.ts) and the
// pre-build content check (tools/lib/content-check.ts) both call numberParagraphs on the
// same mdast (Sätteri's parse, or remark's for MDX modules), so they never disagree.
// See docs/paragraph-ids.md.
import type { Paragraph, Root, RootContent } from 'mdast';
import { readMarker } from './marker.ts';

/** A paragraph just before a table whose text starts "Table: " is that table's caption. */
export const TABLE_CAPTION = /^Table:[ \t]+/;

export interface NumberedParagraph {
  /** Its index in the root's children. */
  index: number;
  node: Paragraph;
  /** The number written in its "¶" marker, or null when the build gives it one. */
  marker: string | null;
  /** The number it is shown and linked with: the marker, or the one the rules give. */
  number: string;
}

export type NumberingProblem =
  { kind: 'duplicate'; paragraph: NumberedParagraph; first: NumberedParagraph } | { kind: 'retired'; paragraph: NumberedParagraph };

export interface Numbering {
  paragraphs: NumberedParagraph[];
  /** How many paragraphs have no marker (their numbers are derived). */
  unmarked: number;
  problems: NumberingProblem[];
}

/** Is this top-level block a prose paragraph (not an image alone, not a table caption)? */
export function isNumberedParagraph(children: readonly RootContent[], index: number): boolean {
  const node = children[index]!;
  if (node.type !== 'paragraph') return false;
  if (isTableCaption(children, index)) return false;
  return node.children.some((c) => !(c.type === 'image' || c.type === 'imageReference' || (c.type === 'text' && c.value.trim() === '')));
}

export function isTableCaption(children: readonly RootContent[], index: number): boolean {
  const node = children[index];
  const first = node?.type === 'paragraph' ? node.children[0] : undefined;
  return children[index + 1]?.type === 'table' && first?.type === 'text' && TABLE_CAPTION.test(first.value);
}

/**
 * Numbers the top-level paragraphs. A marker ("¶7 ") is the number. An unmarked paragraph
 * takes its position (p1…pN) when the article has no markers at all, and otherwise the next
 * free letter after the number before it (¶4 then unmarked → 4a; before the first marker,
 * after 0: 0a). Numbers used by a marker or retired are never given out.
 */
export function numberParagraphs(tree: Root, retired: readonly string[] = []): Numbering {
  const found: Omit<NumberedParagraph, 'number'>[] = [];
  tree.children.forEach((node, index) => {
    if (!isNumberedParagraph(tree.children, index)) return;
    const first = (node as Paragraph).children[0];
    const marker = first?.type === 'text' ? readMarker(first.value) : null;
    found.push({ index, node: node as Paragraph, marker: marker?.number ?? null });
  });

  const taken = new Set<string>(retired);
  for (const p of found) if (p.marker) taken.add(p.marker);
  const anyMarker = found.some((p) => p.marker);
  const problems: NumberingProblem[] = [];
  const byNumber = new Map<string, NumberedParagraph>();
  const retiredSet = new Set(retired);
  let previous: string | undefined;
  const paragraphs = found.map((p): NumberedParagraph => {
    let number = p.marker;
    if (!number) {
      number = anyMarker ? nextLetter(previous ?? '0', taken) : nextInteger(previous ?? '0', taken);
      taken.add(number);
    }
    const numbered = { ...p, number };
    const first = byNumber.get(number);
    if (first) problems.push({ kind: 'duplicate', paragraph: numbered, first });
    else byNumber.set(number, numbered);
    if (p.marker && retiredSet.has(number)) problems.push({ kind: 'retired', paragraph: numbered });
    previous = number;
    return numbered;
  });
  return { paragraphs, unmarked: found.filter((p) => !p.marker).length, problems };
}

function nextInteger(after: string, taken: Set<string>): string {
  let n = Number(/^\d+/.exec(after)?.[0] ?? 0) + 1;
  while (taken.has(String(n))) n++;
  return String(n);
}

/** "4" → "4a", "4a" → "4b", "4z" → "4za": always after `after` and before the next integer. */
function nextLetter(after: string, taken: Set<string>): string {
  let candidate = after;
  do {
    const [, digits = '0', letters = ''] = /^(\d+)([a-z]*)$/.exec(candidate) ?? [];
    const last = letters.at(-1);
    candidate =
      !last || last === 'z' ? `${digits}${letters}a` : `${digits}${letters.slice(0, -1)}${String.fromCharCode(last.charCodeAt(0) + 1)}`;
  } while (taken.has(candidate));
  return candidate;
}
