// Text for the Open Graph card, drawn without a browser or SVG renderer: fontkit reads the
// DejaVu fonts (from the dejavu-fonts-ttf package, so every machine draws the same card) and lays out the text (kerning, ligatures); each glyph's outline is
// rasterised once per size with exact-area antialiasing, then cached, so a card costs little
// more than copying its glyphs. Glyphs sit on whole pixels: at 26 px and up the rounding does
// not show, and repeated letters give repeated bytes, which the PNG's deflate packs better. Characters missing from a font come
// from the next font of its fallback list (DejaVu Sans covers Cyrillic, Greek and more).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

type Font = fontkit.Font;

const require = createRequire(import.meta.url);
/** DejaVu (Latin, Greek, Cyrillic, Arabic, Hebrew…), then Noto Sans Hans for Chinese and Japanese (GB 2312: Han and kana, no Hangul). */
const fontPath = (file: string) =>
  file.startsWith('NotoSansHans')
    ? join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', file) // its package.json is not exported
    : join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', file);

const fonts = new Map<string, Font>();
function loadFont(file: string): Font {
  let font = fonts.get(file);
  if (!font) {
    font = fontkit.create(readFileSync(fontPath(file))) as Font;
    fonts.set(file, font);
  }
  return font;
}

/** A font and its fallbacks, by file name. The last (8 MB, for Han and kana) is read only when a card needs it. */
export type FontStack = readonly string[];
export const SERIF_BOLD: FontStack = ['DejaVuSerif-Bold.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans.ttf', 'NotoSansHans-Bold.otf'];
export const SANS_BOLD: FontStack = ['DejaVuSans-Bold.ttf', 'DejaVuSans.ttf', 'NotoSansHans-Bold.otf'];
export const SANS: FontStack = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'NotoSansHans-Regular.otf'];

/** The font of `stack` that draws code point `cp`, loading fonts only as far down the stack as needed. */
function faceFor(stack: FontStack, cp: number): Font | undefined {
  for (const file of stack) {
    const font = loadFont(file);
    if (font.hasGlyphForCodePoint(cp)) return font;
  }
  return undefined;
}

/** The characters of `text` (letters, digits, marks and symbols, not spaces) that no font of `stack` can draw. */
export function missingCharacters(text: string, stack: FontStack): string[] {
  return [...new Set([...text].filter((ch) => /[^\s\p{Cc}\p{Cf}]/u.test(ch) && !faceFor(stack, ch.codePointAt(0)!)))];
}

interface PlacedGlyph {
  font: Font;
  id: number;
  /** Pen position from the start of the text, in em. */
  x: number;
  y: number;
}

interface Laid {
  glyphs: PlacedGlyph[];
  /** Advance, in em. */
  width: number;
}

const words = new Map<string, Laid>();

/**
 * Lays out one word (kerning and ligatures, by fontkit), in em, cached: laying out is the
 * slow part of drawing text, and titles, names and dates share most of their words.
 */
function layoutWord(word: string, stack: FontStack): Laid {
  const key = `${stack[0]}|${word}`;
  let laid = words.get(key);
  if (laid) return laid;
  const primaryFace = loadFont(stack[0]!);
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  // Split into runs of characters that the same font can draw.
  let run = '';
  let runFont = primaryFace;
  const flush = () => {
    if (!run) return;
    const em = 1 / runFont.unitsPerEm;
    const { glyphs: gs, positions } = runFont.layout(run);
    gs.forEach((g, i) => {
      const p = positions[i]!;
      glyphs.push({ font: runFont, id: g.id, x: pen + p.xOffset * em, y: -p.yOffset * em });
      pen += p.xAdvance * em;
    });
    run = '';
  };
  for (const ch of word) {
    const cp = ch.codePointAt(0)!;
    const face = faceFor(stack, cp) ?? primaryFace;
    if (face !== runFont) flush();
    runFont = face;
    run += ch;
  }
  flush();
  laid = { glyphs, width: pen };
  if (words.size > 100_000) words.clear();
  words.set(key, laid);
  return laid;
}

const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * Lays out a line word by word (no font of ours kerns against a space), in em. fontkit puts
 * the letters of a right-to-left word in visual order; a line whose first letter is
 * right-to-left also gets its words in visual order (a simple bidi, enough for titles).
 */
function layoutLine(text: string, stack: FontStack): Laid {
  const primary = loadFont(stack[0]!);
  const space = primary.glyphForCodePoint(32).advanceWidth / primary.unitsPerEm;
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  const words = text.split(' ');
  if (RTL.test(text.match(/\p{L}/u)?.[0] ?? '')) words.reverse();
  words.forEach((word, i) => {
    if (i > 0) pen += space;
    const laid = layoutWord(word, stack);
    for (const g of laid.glyphs) glyphs.push({ ...g, x: pen + g.x });
    pen += laid.width;
  });
  return { glyphs, width: pen };
}

/** The advance width of `text` in px. */
export function measure(text: string, stack: FontStack, size: number): number {
  return layoutLine(text, stack).width * size;
}

/** Height of the capital H, in px, for placing text optically. */
export const capHeight = (stack: FontStack, size: number) => {
  const font = loadFont(stack[0]!);
  return (font.glyphForCodePoint(0x48).bbox.maxY / font.unitsPerEm) * size;
};

interface Bitmap {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
  /** Per row, the first and past-the-last inked column: drawing skips the blank ends. */
  spans: Uint16Array;
}

const fontIds = new Map<Font, number>();
const bitmaps = new Map<string, Bitmap>();

/**
 * Text this large (the card's title) keeps 3 levels of edge coverage, not 256, and starts its
 * glyphs on even pixels: at 52 px and up neither shows, and fewer distinct edges, packed alike two
 * pixels a byte wherever a letter repeats, deflate smaller (docs/benchmarks.md).
 */
const COARSE_EDGES_FROM = 48;
const COARSE_LEVELS = 2;
const coarse = (c: number) => Math.round((Math.round((c * COARSE_LEVELS) / 255) * 255) / COARSE_LEVELS);

function glyphBitmap(font: Font, id: number, size: number): Bitmap {
  if (!fontIds.has(font)) fontIds.set(font, fontIds.size);
  const key = `${fontIds.get(font)}:${id}:${size}`;
  let bitmap = bitmaps.get(key);
  if (!bitmap) {
    bitmap = rasterise(font.getGlyph(id).path.commands, size / font.unitsPerEm);
    if (size >= COARSE_EDGES_FROM) bitmap.coverage.forEach((c, i, all) => (all[i] = coarse(c)));
    bitmaps.set(key, bitmap);
  }
  return bitmap;
}

/** Flattens an outline (font units, y up) to line segments in px (y down). */
function flatten(commands: fontkit.PathCommand[], scale: number): number[] {
  const segs: number[] = []; // x0, y0, x1, y1, …
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  const lineTo = (x: number, y: number) => {
    segs.push(cx, cy, x, y);
    [cx, cy] = [x, y];
  };
  const tx = (x: number) => x * scale;
  const ty = (y: number) => -y * scale;
  for (const { command, args: a } of commands) {
    if (command === 'moveTo') {
      if (cx !== sx || cy !== sy) lineTo(sx, sy);
      [cx, cy, sx, sy] = [tx(a[0]!), ty(a[1]!), tx(a[0]!), ty(a[1]!)];
    } else if (command === 'lineTo') lineTo(tx(a[0]!), ty(a[1]!));
    else if (command === 'closePath') lineTo(sx, sy);
    else {
      // Quadratic or cubic Bézier: enough straight pieces to stay within ~0.1 px of the curve.
      const pts = [cx, cy];
      for (let i = 0; i < a.length; i += 2) pts.push(tx(a[i]!), ty(a[i + 1]!));
      const deviation = Math.hypot(pts[0]! - 2 * pts[2]! + pts[4]!, pts[1]! - 2 * pts[3]! + pts[5]!);
      const n = Math.max(1, Math.ceil(Math.sqrt(deviation / 0.4)));
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        if (pts.length === 6)
          lineTo(u * u * pts[0]! + 2 * u * t * pts[2]! + t * t * pts[4]!, u * u * pts[1]! + 2 * u * t * pts[3]! + t * t * pts[5]!);
        else
          lineTo(
            u * u * u * pts[0]! + 3 * u * u * t * pts[2]! + 3 * u * t * t * pts[4]! + t * t * t * pts[6]!,
            u * u * u * pts[1]! + 3 * u * u * t * pts[3]! + 3 * u * t * t * pts[5]! + t * t * t * pts[7]!,
          );
      }
    }
  }
  if (cx !== sx || cy !== sy) lineTo(sx, sy);
  return segs;
}

/**
 * Exact-area antialiasing: every edge adds, to the cells it crosses, the signed share of the
 * cell lying to its right; a running sum along each row then gives each pixel's coverage.
 */
function rasterise(commands: fontkit.PathCommand[], scale: number): Bitmap {
  const segs = flatten(commands, scale);
  if (!segs.length) return { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0), spans: new Uint16Array(0) };
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < segs.length; i += 2) {
    minX = Math.min(minX, segs[i]!);
    maxX = Math.max(maxX, segs[i]!);
    minY = Math.min(minY, segs[i + 1]!);
    maxY = Math.max(maxY, segs[i + 1]!);
  }
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.ceil(maxX) - left + 1;
  const height = Math.ceil(maxY) - top;
  const stride = width + 1;
  const area = new Float32Array(stride * height);
  for (let i = 0; i < segs.length; i += 4) {
    let [x0, y0, x1, y1] = [segs[i]! - left, segs[i + 1]! - top, segs[i + 2]! - left, segs[i + 3]! - top];
    if (y0 === y1) continue;
    let dir = 1;
    if (y0 > y1) {
      [x0, y0, x1, y1, dir] = [x1, y1, x0, y0, -1];
    }
    const dxdy = (x1 - x0) / (y1 - y0);
    for (let row = Math.max(0, Math.floor(y0)); row < Math.min(height, Math.ceil(y1)); row++) {
      const ya = Math.max(y0, row);
      const yb = Math.min(y1, row + 1);
      const xa = x0 + (ya - y0) * dxdy;
      const xb = x0 + (yb - y0) * dxdy;
      addSpan(area, row * stride, Math.min(xa, xb), Math.max(xa, xb), (yb - ya) * dir);
    }
  }
  const coverage = new Uint8Array(width * height);
  const spans = new Uint16Array(height * 2);
  for (let row = 0; row < height; row++) {
    let sum = 0;
    let [first, last] = [width, 0];
    for (let col = 0; col < width; col++) {
      sum += area[row * stride + col]!;
      const c = Math.round(Math.min(1, Math.abs(sum)) * 255);
      coverage[row * width + col] = c;
      if (c) [first, last] = [Math.min(first, col), col + 1];
    }
    spans[row * 2] = first;
    spans[row * 2 + 1] = last;
  }
  return { left, top, width, height, coverage, spans };
}

/** A piece of edge from x = lo to hi within one row, covering `dy` of the row's height. */
function addSpan(area: Float32Array, base: number, lo: number, hi: number, dy: number) {
  if (Math.floor(lo) === Math.floor(hi) || hi - lo < 1e-6) {
    const col = Math.floor(lo);
    const mid = (lo + hi) / 2 - col;
    area[base + col]! += dy * (1 - mid);
    area[base + col + 1]! += dy * mid;
    return;
  }
  const perPx = dy / (hi - lo);
  for (let x = lo; x < hi;) {
    const col = Math.floor(x);
    const next = Math.min(hi, col + 1);
    const share = (next - x) * perPx;
    const mid = (x + next) / 2 - col;
    area[base + col]! += share * (1 - mid);
    area[base + col + 1]! += share * mid;
    x = next;
  }
}

/** A greyscale layer of the card: 0 is no ink, 255 full ink; `touched` flags the rows drawn on. */
export interface Layer {
  width: number;
  height: number;
  data: Uint8Array;
  touched: Uint8Array;
}

/** Draws one line of text with its baseline at y, starting at x (or ending at x: align 'end'). */
export function drawText(
  layer: Layer,
  text: string,
  stack: FontStack,
  size: number,
  x: number,
  y: number,
  align: 'start' | 'end' = 'start',
  opacity = 1,
) {
  const { glyphs, width } = layoutLine(text, stack);
  const origin = align === 'end' ? x - width * size : x;
  const alpha = Math.round(opacity * 256);
  const { data, touched, width: w, height: h } = layer;
  for (const g of glyphs) {
    const b = glyphBitmap(g.font, g.id, size);
    const { coverage, spans } = b;
    const pen = origin + g.x * size;
    const ox = (size >= COARSE_EDGES_FROM ? 2 * Math.round(pen / 2) : Math.round(pen)) + b.left;
    const oy = Math.round(y + g.y * size) + b.top;
    for (let row = Math.max(0, -oy); row < Math.min(b.height, h - oy); row++) {
      touched[oy + row] = 1;
      const x0 = Math.max(spans[row * 2]!, -ox);
      const x1 = Math.min(spans[row * 2 + 1]!, w - ox);
      let i = (oy + row) * w + ox + x0;
      for (let k = row * b.width + x0, end = row * b.width + x1; k < end; k++, i++) {
        const c = coverage[k]!;
        if (c === 0) continue;
        const a = (c * alpha) >> 8;
        const d = data[i]!;
        // Ink over ink: overlapping antialiased edges of neighbouring glyphs add up, up to full.
        data[i] = d === 0 ? a : d + a - (((d * a + 127) / 255) | 0);
      }
    }
  }
}
