// A small SVG as a data: URI, so the page needs no request for it (the favicon).
// Percent-encoding only what a URL or an HTML attribute cannot hold keeps it about as
// short as the file; base64 would make it a third longer.

/** `svg` (one SVG document) as a `data:image/svg+xml,` URI for an attribute in double quotes. */
export function svgDataUri(svg: string): string {
  // Every page asks for the same favicon: encoded once.
  let uri = uris.get(svg);
  if (uri === undefined) uris.set(svg, (uri = encode(svg)));
  return uri;
}
const uris = new Map<string, string>();

function encode(svg: string): string {
  const text = svg
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/"/g, "'")
    .replace(/[%#<>?[\\\]^`{|}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `data:image/svg+xml,${text}`;
}
