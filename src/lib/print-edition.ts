// Small pure helpers for the print edition's per-page style (the running head in the
// @page margin boxes, which can only read strings from custom properties).
import { createHash } from 'node:crypto';

/** A CSS string literal: quotes, backslashes and line breaks escaped, and `<` too so it can sit in a <style>. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The per-page print style: the custom properties print.css shows in the page margins. */
export function runningHeadCss(fields: { title: string; author: string }): string {
  return `@media print{:root{--print-title:${cssString(fields.title)};--print-author:${cssString(fields.author)}}}`;
}

/** The CSP source for an inline <style> with exactly this text. */
export function cspStyleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}
