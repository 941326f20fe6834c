// The installed app's icon: the favicon's mark (a white F on the accent colour) drawn as a
// square 8-bit palette PNG with antialiased edges, so no image file is kept in the repository.
import { encodeIndexedPng, rowBytes } from '../og/png.ts';

const ACCENT = [0x7a, 0x2a, 0x10] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
/** The F of src/assets/favicon.svg, in its 32-unit grid, as rectangles [x0, y0, x1, y1]. */
const F = [
  [10, 7, 23, 11],
  [10, 11, 14.5, 26],
  [14.5, 15, 21, 19],
] as const;
const LEVELS = 16; // shades from accent to white: the antialiasing

/** How much of [a, b) lies inside [lo, hi). */
const overlap = (a: number, b: number, lo: number, hi: number) => Math.max(0, Math.min(b, hi) - Math.max(a, lo));

/** A size×size PNG, full-bleed. */
export function appIconPng(size: number): Promise<Buffer> {
  const palette = Array.from(
    { length: LEVELS },
    (_, i) => ACCENT.map((a, c) => Math.round(a + ((WHITE[c]! - a) * i) / (LEVELS - 1))) as [number, number, number],
  );
  const stride = rowBytes(size, 8) + 1;
  const scanlines = new Uint8Array(size * stride);
  const unit = 32 / size;
  // Each pixel's share covered by the F, exactly: the rectangles do not overlap, so their areas add.
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let area = 0;
      for (const [x0, y0, x1, y1] of F) area += overlap(x * unit, (x + 1) * unit, x0, x1) * overlap(y * unit, (y + 1) * unit, y0, y1);
      scanlines[y * stride + 1 + x] = Math.round((area / unit ** 2) * (LEVELS - 1));
    }
  }
  return encodeIndexedPng({ width: size, height: size, bitDepth: 8, palette, scanlines });
}
