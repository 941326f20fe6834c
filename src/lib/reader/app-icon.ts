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
const SAMPLES = 4; // per axis and pixel

const inF = (x: number, y: number) => F.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);

/** A size×size PNG, full-bleed. */
export function appIconPng(size: number): Promise<Buffer> {
  const palette = Array.from(
    { length: LEVELS },
    (_, i) => ACCENT.map((a, c) => Math.round(a + ((WHITE[c]! - a) * i) / (LEVELS - 1))) as [number, number, number],
  );
  const stride = rowBytes(size, 8) + 1;
  const scanlines = new Uint8Array(size * stride);
  const unit = 32 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) if (inF((x + (sx + 0.5) / SAMPLES) * unit, (y + (sy + 0.5) / SAMPLES) * unit)) hits++;
      scanlines[y * stride + 1 + x] = Math.round((hits / SAMPLES ** 2) * (LEVELS - 1));
    }
  }
  return encodeIndexedPng({ width: size, height: size, bitDepth: 8, palette, scanlines });
}
