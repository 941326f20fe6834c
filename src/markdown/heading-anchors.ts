// Heading anchors (rehype-autolink-headings): the link comes *after* the heading (inside a
// wrapper), so the heading's own name stays clean; the link has a real accessible
// name ("Section titled …", in the article's language) and stays reachable by Tab. The
// visible "#" is drawn by CSS (.heading-anchor::before), with no text for assistive tech.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { articleLang } from './article-lang.ts';

export const headingAnchorOptions = (lang: string): Options => ({
  behavior: 'after',
  test: (el: Element) => el.properties?.['id'] !== 'footnote-label',
  group: () => h('div.heading-wrapper'),
  properties: { className: ['heading-anchor'] },
  content: (heading: Element): ElementContent[] => [
    h('span.visually-hidden', t(lang, 'article.sectionLink', { title: toString(heading) })),
  ],
});

/** rehype-autolink-headings with the options for the article being rendered. */
export default function rehypeHeadingAnchors() {
  return (tree: Root, file?: VFile) => rehypeAutolinkHeadings(headingAnchorOptions(articleLang(file)))(tree);
}
