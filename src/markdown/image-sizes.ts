// The `sizes` attribute of an article image: the width of the article column at each viewport
// width, worked out from the tokens that set it (src/styles/tokens.css): the column is
// --measure (34em) of the body text, --text-size = clamp(1rem, 0.9rem + 0.45vw, 1.25rem), and
// never wider than the viewport less two --gutter = clamp(1rem, 4vw, 2rem).
// tests/unit/image-sizes.test.ts holds these numbers to tokens.css; the reading-fixtures e2e
// test holds the result to the width the browser lays the image out at.

const REM = 16;
const MEASURE_EM = 34;
const TEXT = { min: 1 * REM, base: 0.9 * REM, vw: 0.45, max: 1.25 * REM };
const GUTTER = { min: 1 * REM, vw: 4, max: 2 * REM };

/** The column's width in px at a viewport `width` px wide (for tests and the figures in docs). */
export function columnWidth(width: number): number {
  const text = Math.min(TEXT.max, Math.max(TEXT.min, TEXT.base + (TEXT.vw * width) / 100));
  const gutter = Math.min(GUTTER.max, Math.max(GUTTER.min, (GUTTER.vw * width) / 100));
  return Math.min(MEASURE_EM * text, width - 2 * gutter);
}

const round = (n: number) => Number(n.toFixed(2));

/**
 * The column's width as a `sizes` list, widest first: fixed once the text stops growing, then
 * the measure growing with the text, then the viewport less its gutters (percentage, then fixed).
 */
export function articleImageSizes(): string {
  // Where the text reaches its largest size, and where the measure becomes narrower than the viewport.
  const textMaxAt = ((TEXT.max - TEXT.base) * 100) / TEXT.vw;
  const measureBase = MEASURE_EM * TEXT.base;
  const measureVw = (MEASURE_EM * TEXT.vw) / 100;
  // With gutters at 4vw (between 400 and 800 px), the viewport's share is 1 - 2 × 4 % = 0.92.
  const share = 1 - (2 * GUTTER.vw) / 100;
  const measureFitsAt = measureBase / (share - measureVw);
  const gutterMinUntil = (GUTTER.min * 100) / GUTTER.vw;
  return [
    `(min-width: ${Math.ceil(textMaxAt)}px) ${MEASURE_EM * TEXT.max}px`,
    `(min-width: ${Math.ceil(measureFitsAt)}px) calc(${round(measureBase)}px + ${round(measureVw * 100)}vw)`,
    `(min-width: ${gutterMinUntil}px) ${round(share * 100)}vw`,
    `calc(100vw - ${2 * GUTTER.min}px)`,
  ].join(', ');
}
