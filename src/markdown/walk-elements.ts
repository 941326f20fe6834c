// A depth-first walk over the elements of a hast tree, for the rehype plugins that run on
// every article: a plain loop, without unist-util-visit's ancestor stacks and test functions
// (the same walk in a fraction of the time; figures in docs/benchmarks.md).
import type { Element, Root, RootContent } from 'hast';

type Parent = Root | Element;

/**
 * What the visitor returns: nothing, to walk into the element's children next; `false` to skip
 * them; or a number, the index in `parent` to go on from (skipping the children), after the
 * visitor has inserted or removed siblings.
 */
export type ElementVisitor = (node: Element, index: number, parent: Parent) => void | false | number;

export function walkElements(parent: Parent, visitor: ElementVisitor): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'element') {
      // MDX's JSX elements (in a compiled module's tree) hold Markdown content too.
      if ('children' in node && Array.isArray(node.children)) walkElements(node as unknown as Parent, visitor);
      continue;
    }
    const next = visitor(node, i, parent);
    if (typeof next === 'number') i = next - 1;
    else if (next !== false) walkElements(node, visitor);
  }
}

/** The first element in `parent` (depth first) for which `test` holds. */
export function findElement(parent: Parent, test: (node: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walkElements(parent, (node) => {
    if (found) return false;
    if (!test(node)) return undefined;
    found = node;
    return false;
  });
  return found;
}
