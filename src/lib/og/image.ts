// The Open Graph card of an article (1200×630 PNG): site name, section, title, author and
// original publication, drawn from the article data with the system's DejaVu fonts. No
// network, no SVG renderer: the text is drawn by og-text.ts into two greyscale layers (ink
// and accent) and written as a 4-bit palette PNG (its size and cost: docs/benchmarks.md, npm run bench:og).
import { capHeight, drawText, measure, missingCharacters, SANS, SANS_BOLD, SERIF_BOLD, type Layer } from './text.ts';
import { encodeIndexedPng, rowBytes } from './png.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  siteName: string;
  section: string;
  title: string;
  author: string;
  source: string; // "The Moscow Times, 21 November 2010"
}

const ELLIPSIS = '…';

/** A Chinese or Japanese character (with any closing punctuation after it): text without spaces may break after each. */
const CJK_UNIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][、。，．！？：；）」』】〉》”’ー]*/u;

/** The units lines are made of: words, and single CJK characters; `joined` when no space comes before. */
function breakUnits(text: string): { text: string; joined: boolean }[] {
  const units: { text: string; joined: boolean }[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const parts = word.split(new RegExp(`(${CJK_UNIT.source})`, 'u')).filter(Boolean);
    parts.forEach((part, i) => units.push({ text: part, joined: i > 0 }));
  }
  return units;
}

/**
 * Greedy line breaking: words go on a line while its `width` stays within `max`; a word wider
 * than a line is cut. Chinese and Japanese break between characters. Past `maxLines`, the
 * last line ends in an ellipsis that fits.
 */
export function wrap(text: string, max: number, maxLines: number, width: (s: string) => number): string[] {
  const space = width(' ');
  const lines: { text: string; width: number }[] = [];
  for (const unit of breakUnits(text)) {
    let word = unit.text;
    const joined = unit.joined;
    const w = width(word);
    const last = lines.at(-1);
    const gap = joined ? 0 : space;
    if (last && last.width + gap + w <= max) {
      last.text += joined ? word : ` ${word}`;
      last.width += gap + w;
      continue;
    }
    while (width(word) > max && [...word].length > 1) {
      // Cut an overlong word at the longest prefix that fits (in characters, not UTF-16 units).
      const chars = [...word];
      let cut = chars.length - 1;
      while (cut > 1 && width(chars.slice(0, cut).join('')) > max) cut--;
      const head = chars.slice(0, cut).join('');
      lines.push({ text: head, width: width(head) });
      word = chars.slice(cut).join('');
    }
    lines.push({ text: word, width: width(word) });
  }
  if (lines.length <= maxLines) return lines.map((l) => l.text);
  const kept = lines.slice(0, maxLines).map((l) => l.text);
  let last = kept[maxLines - 1]!;
  const ellipsis = width(ELLIPSIS);
  while (last.length > 1 && width(last) + ellipsis > max)
    last = last.includes(' ') ? last.replace(/\s+\S*$/, '') : [...last].slice(0, -1).join('');
  kept[maxLines - 1] = last.replace(/[\s,;:.–—-]+$/, '') + ELLIPSIS;
  return kept;
}

/** One line of text, shortened with an ellipsis to fit `max` px. */
function fitLine(text: string, stack: typeof SANS, size: number, max: number): string {
  return wrap(text, max, 1, (s) => measure(s, stack, size))[0] ?? '';
}

// Layout (px). The title sits in the band between the header and the rule, at the largest
// size that fits whole; the longest titles end in an ellipsis at the smallest size.
const LEFT = 80;
const RIGHT = OG_WIDTH - 80;
const COLUMN = RIGHT - LEFT;
const TITLE_SIZES = [
  { size: 72, lines: 3 },
  { size: 60, lines: 4 },
  { size: 52, lines: 4 },
] as const;
const TITLE_CENTRE = 292;
const RULE_Y = 499;
const BAR = 16; // width of the accent bar on the left edge

export function titleLines(title: string): { size: number; lines: string[] } {
  for (const [i, { size, lines: most }] of TITLE_SIZES.entries()) {
    const width = (s: string) => measure(s, SERIF_BOLD, size);
    const lines = wrap(title, COLUMN, i === TITLE_SIZES.length - 1 ? most : Infinity, width);
    if (lines.length <= most) return { size, lines };
  }
  throw new Error('unreachable: the last size truncates');
}

// Colours: the paper, the ink and the accent of the site. The palette holds the paper, 7
// steps from paper to ink and 4 from paper to accent: 12 colours, 4 bits a pixel. More steps
// do not show at this size but cost bytes (docs/benchmarks.md).
const PAPER = [0xfc, 0xfb, 0xf8] as const;
const INK = [0x1c, 0x1b, 0x19] as const;
const ACCENT = [0x8c, 0x2f, 0x0f] as const;
const INK_STEPS = 7;
const ACCENT_STEPS = 4;
const mix = (to: readonly number[], t: number) => PAPER.map((p, i) => Math.round(p + (to[i]! - p) * t)) as [number, number, number];
const PALETTE = [
  PAPER,
  ...Array.from({ length: INK_STEPS }, (_, i) => mix(INK, (i + 1) / INK_STEPS)),
  ...Array.from({ length: ACCENT_STEPS }, (_, i) => mix(ACCENT, (i + 1) / ACCENT_STEPS)),
];
// Coverage (0–255) to palette index, for each layer.
const INK_INDEX = Uint8Array.from({ length: 256 }, (_, v) => Math.round((v * INK_STEPS) / 255));
const ACCENT_INDEX = Uint8Array.from({ length: 256 }, (_, v) => {
  const step = Math.round((v * ACCENT_STEPS) / 255);
  return step ? INK_STEPS + step : 0;
});
// The grey of secondary text (#4d4a44) and of the rule (#d9d5cc), as shares of the ink.
const GREY = 0.78;
const RULE = 0.16;

function fill(layer: Layer, x: number, y: number, w: number, h: number, value: number) {
  for (let row = y; row < y + h; row++) {
    layer.data.fill(value, row * layer.width + x, row * layer.width + x + w);
    layer.touched[row] = 1;
  }
}

// The two layers are reused from card to card (ogPng is synchronous): only touched rows are
// packed, then cleared.
const newLayer = (): Layer => ({
  width: OG_WIDTH,
  height: OG_HEIGHT,
  data: new Uint8Array(OG_WIDTH * OG_HEIGHT),
  touched: new Uint8Array(OG_HEIGHT),
});
const ink = newLayer();
const accent = newLayer();
const ink32 = new Uint32Array(ink.data.buffer);
const accent32 = new Uint32Array(accent.data.buffer);
const ROW_BYTES = rowBytes(OG_WIDTH, 4);
const BAR_BYTE = (ACCENT_INDEX[255]! << 4) | ACCENT_INDEX[255]!; // two pixels of the accent bar

/** The card as PNG bytes. The drawing is synchronous; the compression runs off the main thread. */
export function ogPng(input: OgCard): Promise<Buffer> {
  const card = drawable(input);
  // A right-to-left card is mirrored: the masthead, the title and the author start on the right.
  const rtl = RIGHT_TO_LEFT.test(card.title.match(/\p{L}/u)?.[0] ?? '');
  const site = fitLine(card.siteName, SANS_BOLD, 30, COLUMN / 2);
  drawText(ink, site, SANS_BOLD, 30, rtl ? RIGHT : LEFT, 96, rtl ? 'end' : 'start');
  const siteWidth = measure(site, SANS_BOLD, 30) + 24;
  const section = fitLine(card.section.toUpperCase(), SANS, 30, COLUMN - siteWidth);
  drawText(accent, section, SANS, 30, rtl ? RIGHT - siteWidth : LEFT + siteWidth, 96, rtl ? 'end' : 'start');

  const { size, lines } = card.title ? titleLines(card.title) : { size: 72, lines: [] };
  const lineHeight = Math.round(size * 1.15);
  const first = Math.round(TITLE_CENTRE - ((lines.length - 1) * lineHeight - capHeight(SERIF_BOLD, size)) / 2);
  lines.forEach((line, i) => drawText(ink, line, SERIF_BOLD, size, rtl ? RIGHT : LEFT, first + i * lineHeight, rtl ? 'end' : 'start'));

  fill(ink, LEFT, RULE_Y, COLUMN, 2, Math.round(RULE * 255));
  // The author where lines start, the source at the other end: mirrored for a right-to-left card.
  const author = fitLine(card.author, SANS, 34, COLUMN * 0.6);
  drawText(ink, author, SANS, 34, rtl ? RIGHT : LEFT, 556, rtl ? 'end' : 'start');
  const sourceRoom = COLUMN - measure(author, SANS, 34) - 48;
  drawText(ink, fitLine(card.source, SANS, 26, sourceRoom), SANS, 26, rtl ? LEFT : RIGHT, 556, rtl ? 'start' : 'end', GREY);

  // Scanlines: a filter byte then two pixels a byte. A row equal to the one above (the
  // blank rows) is sent with the "up" filter, as zeros, which deflate packs tightest.
  const scanlines = new Uint8Array((ROW_BYTES + 1) * OG_HEIGHT);
  const row = new Uint8Array(ROW_BYTES);
  const above = new Uint8Array(ROW_BYTES);
  let aboveTouched = 0;
  for (let y = 0; y < OG_HEIGHT; y++) {
    const touched = ink.touched[y]! || accent.touched[y]!;
    if (touched) {
      packRow(row, y);
      ink.touched[y] = accent.touched[y] = 0;
    } else row.fill(0);
    row.fill(BAR_BYTE, 0, BAR / 2);
    const start = y * (ROW_BYTES + 1);
    if (y > 0 && (touched ? sameRow(row, above) : !aboveTouched))
      scanlines[start] = 2; // "up": the row stays zeros
    else scanlines.set(row, start + 1);
    above.set(row);
    aboveTouched = touched;
  }
  return encodeIndexedPng({ width: OG_WIDTH, height: OG_HEIGHT, bitDepth: 4, palette: PALETTE, scanlines });
}

const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Where each text of the card is drawn, with the fonts it is drawn in. */
const FIELDS = { section: SANS, title: SERIF_BOLD, author: SANS, source: SANS } as const;

/** The characters of the card that no bundled font draws (such as Korean Hangul), by field. */
export function undrawable(card: OgCard): Partial<Record<keyof typeof FIELDS, string[]>> {
  const missing: Partial<Record<keyof typeof FIELDS, string[]>> = {};
  for (const [field, stack] of Object.entries(FIELDS) as [keyof typeof FIELDS, typeof SANS][]) {
    const chars = missingCharacters(card[field], stack);
    if (chars.length) missing[field] = chars;
  }
  return missing;
}

/** The card without the texts that would show as empty boxes: the layout keeps its place, blank. */
function drawable(card: OgCard): OgCard {
  const missing = undrawable(card);
  return Object.keys(missing).length ? { ...card, ...Object.fromEntries(Object.keys(missing).map((f) => [f, ''])) } : card;
}

/** Packs row y of the layers into palette indices, and clears it for the next card. */
function packRow(out: Uint8Array, y: number) {
  const inkData = ink.data;
  const accentData = accent.data;
  for (let o = 0, i = y * OG_WIDTH; o < ROW_BYTES; o += 2, i += 4) {
    // Most of a text row is paper: skip four blank pixels at a time.
    if ((ink32[i >> 2]! | accent32[i >> 2]!) === 0) {
      out[o] = out[o + 1] = 0;
      continue;
    }
    for (let k = 0; k < 4; k += 2) {
      const p = accentData[i + k]!;
      const q = accentData[i + k + 1]!;
      out[o + (k >> 1)] =
        ((p ? ACCENT_INDEX[p]! : INK_INDEX[inkData[i + k]!]!) << 4) | (q ? ACCENT_INDEX[q]! : INK_INDEX[inkData[i + k + 1]!]!);
    }
  }
  inkData.fill(0, y * OG_WIDTH, (y + 1) * OG_WIDTH);
  accentData.fill(0, y * OG_WIDTH, (y + 1) * OG_WIDTH);
}

function sameRow(a: Uint8Array, b: Uint8Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
