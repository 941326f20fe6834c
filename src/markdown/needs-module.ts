// Which MDX bodies @astrojs/mdx must compile to a module (src/markdown/render-article.ts renders
// the rest). Kept apart from the renderer so the articles loader's worker need not load the pipeline.
import type { Root, RootContent } from 'mdast';

/**
 * Nodes only a compiled module renders right: JSX, {expressions} and import/export, and images
 * (@astrojs/mdx turns local ones into optimised assets).
 */
const MODULE_ONLY = new Set([
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'image',
  'imageReference',
]);

export function needsModule(tree: Root | RootContent): boolean {
  if (MODULE_ONLY.has(tree.type)) return true;
  return 'children' in tree && tree.children.some(needsModule);
}
