// What Pagefind is handed for a page: only what it indexes. Pagefind parses the whole page, but
// with a data-pagefind-body element it keeps only that element's text, and the page's language
// from <html lang>; so it is given the <html> tag (its lang set to the body's language, the
// article's own), the <title> and the body element, which makes the same bundle for less parsing
// and less memory (docs/benchmarks.md, "index7"). A page that says more outside its body (meta,
// filters, sorts, an h1 or image Pagefind could take a default from) is handed over whole.

/** The opening tag that carries data-pagefind-body: a tag, so not the words in a title or paragraph before it. */
const BODY_OPEN = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/i;

/** The opening tag of the element whose content Pagefind indexes: where it starts, its text and its name. */
function bodyOpen(html: string): { index: number; tag: string; name: string } | undefined {
  const match = BODY_OPEN.exec(html);
  return match ? { index: match.index, tag: match[0], name: match[1]! } : undefined;
}

/** What Pagefind reads outside a data-pagefind-body element (data-pagefind-ignore is inert there). */
const READ_OUTSIDE_BODY = /data-pagefind-(?!ignore\b)|<h1\b|<img\b/i;

/** The language of the indexed part of a page (the element with data-pagefind-body), if it says. */
export function bodyLanguage(html: string): string | undefined {
  const open = bodyOpen(html)?.tag;
  return open ? /\blang="([^"]+)"/.exec(open)?.[1] : undefined;
}

/** The page as Pagefind should read it: with the body's language on <html>. */
export function withBodyLanguage(html: string): string {
  const lang = bodyLanguage(html);
  return lang ? html.replace(/<html\b([^>]*?)\blang="[^"]*"/i, `<html$1lang="${lang}"`) : html;
}

/** Where the `name` element opened at `start` ends, counting nested ones; -1 if it never closes. */
function elementEnd(html: string, name: string, start: number): number {
  const opening = `<${name}`;
  const closing = `</${name}>`;
  let depth = 1;
  let from = start + opening.length;
  for (;;) {
    const close = html.indexOf(closing, from);
    if (close < 0) return -1;
    // Another element of the same name opened before this close ("<article" but not "<articles").
    let next = html.indexOf(opening, from);
    while (next >= 0 && next < close && /[a-z0-9-]/i.test(html[next + opening.length] ?? '')) next = html.indexOf(opening, next + 1);
    if (next >= 0 && next < close) {
      depth++;
      from = next + opening.length;
      continue;
    }
    if (--depth === 0) return close + closing.length;
    from = close + closing.length;
  }
}

/**
 * The document Pagefind indexes for `html`: the page reduced to its <html> tag, <title> and
 * data-pagefind-body element when nothing else in it is read, else the whole page; either way
 * with the body's language on <html>.
 */
export function indexedDocument(html: string): string {
  const page = withBodyLanguage(html);
  const open = bodyOpen(page);
  if (!open) return page;
  const end = elementEnd(page, open.name, open.index);
  const htmlTag = /<html\b[^>]*>/i.exec(page);
  if (end < 0 || !htmlTag || htmlTag.index > open.index) return page;
  if (READ_OUTSIDE_BODY.test(page.slice(0, open.index)) || READ_OUTSIDE_BODY.test(page.slice(end))) return page;
  const title = /<title\b[^>]*>[^<]*<\/title>/i.exec(page.slice(0, open.index))?.[0] ?? '';
  return `<!DOCTYPE html>${htmlTag[0]}<head>${title}</head><body>${page.slice(open.index, end)}</body></html>`;
}
