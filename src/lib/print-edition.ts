// Small pure helpers for the print edition's per-page style (the running head in the
// @page margin boxes, which can only read strings from custom properties).
import { createHash } from 'node:crypto';

/** A CSS string literal: quotes, backslashes and line breaks escaped, and `<` too so it can sit in a <style>. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The per-page print style: the custom properties print.css shows in the page margins.
 *  A long title is shortened so the running head stays on one line beside the author. */
export function runningHeadCss(fields: { title: string; author: string }): string {
  return `@media print{:root{--print-title:${cssString(shorten(fields.title, 80))};--print-author:${cssString(fields.author)}}}`;
}

/** The CSP source for an inline <style> with exactly this text. */
export function cspStyleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}
