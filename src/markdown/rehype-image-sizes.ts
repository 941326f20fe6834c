// Gives each local article image (one astro:assets turns into a srcset) the `sizes` of the
// article column, in place of Astro's default ("the image's own width, or the viewport"),
// so a browser picks the smallest file that fills the column (image-sizes.ts).
import type { Root } from 'hast';
import { walkElements } from './walk-elements.ts';
import type { VFile } from 'vfile';
import { articleImageSizes } from './image-sizes.ts';

const SIZES = articleImageSizes();

export default function rehypeImageSizes() {
  return (tree: Root, file: VFile) => {
    const local = (file.data as { astro?: { localImagePaths?: string[] } }).astro?.localImagePaths;
    if (!local?.length) return;
    walkElements(tree, (node) => {
      if (node.tagName !== 'img' || node.properties['sizes'] != null) return;
      if (local.includes(decodeURI(String(node.properties['src'])))) node.properties['sizes'] = SIZES;
    });
  };
}
