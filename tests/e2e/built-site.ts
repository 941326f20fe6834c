// The built site on disk, for the gates that check every page: which folder the suite
// runs against (E2E_DIST, default dist/), its base path, and every HTML page in it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env['E2E_DIST'] ?? 'dist';
const rawBase = process.env['BASE_PATH'] ?? '/';
/** The base path, with slashes at both ends: "/" or "/folio/". */
export const BASE = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Every file under dist/, as a path relative to it with forward slashes. */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(DIST, join(d.parentPath, d.name)).split(sep).join('/'));
}

/** Every built HTML page: its file and its path as a reader requests it (relative to the base). */
export function builtPages(): { file: string; path: string }[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, path: file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1') }));
}

export const readDist = (file: string): string => readFileSync(join(DIST, file), 'utf8');

/**
 * The file a site URL path (starting with the base path) is served from, or null when
 * nothing is: "/folio/articles/x/" → "articles/x/index.html".
 */
export function fileForPath(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const inSite = decodeURIComponent(pathname.slice(BASE.length));
  // trailingSlash is 'always': a page is linked as "x/", never "x".
  const file = inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
  return statSync(join(DIST, file), { throwIfNoEntry: false })?.isFile() ? file : null;
}
