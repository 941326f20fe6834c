// Open Graph cards kept between builds, one PNG a card under node_modules/.cache/folio/og/ (or
// FOLIO_CACHE_DIR/og/), named by a hash of everything the PNG depends on: the card's texts, the
// code that draws it, the fonts and zlib. A card whose inputs did not change is read back, not
// drawn again; an empty cache gives the same bytes, drawn.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OgCard } from './image.ts';

const require = createRequire(import.meta.url);

/** The cache folder; FOLIO_CACHE_DIR moves it (benches and tests use their own), FOLIO_CACHE=0 turns it off. */
export function cacheRoot(): string | undefined {
  if (process.env.FOLIO_CACHE === '0') return undefined;
  return process.env.FOLIO_CACHE_DIR || join(process.cwd(), 'node_modules', '.cache', 'folio');
}

/** The installed version of a package: its package.json, or the one above its main file (not all export it). */
function versionOf(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    // Not exported: looked for below.
  }
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (json.name === name) return json.version;
  }
  throw new Error(`no package.json found for ${name}`);
}

let drawer: string | undefined;
/** A hash of what draws every card: src/lib/og's code, the font and layout packages, and zlib. */
function drawerHash(): string {
  if (drawer) return drawer;
  const hash = createHash('sha256');
  // Paths are from the project root, where Astro runs (as in cards.ts).
  const dir = join(process.cwd(), 'src', 'lib', 'og');
  for (const file of readdirSync(dir).sort()) if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(dir, file)));
  for (const pkg of ['dejavu-fonts-ttf', '@embedpdf/fonts-sc', 'fontkit']) hash.update(`${pkg}@${versionOf(pkg)}`);
  hash.update(`zlib@${process.versions.zlib}`);
  drawer = hash.digest('hex');
  return drawer;
}

/** The cache key of one card. */
export function cardKey(card: OgCard): string {
  const fields = [card.siteName, card.section, card.title, card.author, card.source];
  return createHash('sha256').update(drawerHash()).update(JSON.stringify(fields)).digest('hex').slice(0, 32);
}

export interface CardCache {
  has(key: string): boolean;
  /** The cached PNG of the card with this key, if there is one. */
  read(key: string): Buffer | undefined;
  /** The file that holds (or will hold) the card with this key; none when caching is off. */
  path(key: string): string | undefined;
  write(key: string, png: Uint8Array): void;
}

const KEEPS_NOTHING: CardCache = { has: () => false, read: () => undefined, path: () => undefined, write: () => {} };
let shared: { root: string | undefined; cache: CardCache } | undefined;

/** The card cache at cacheRoot(); a cache that keeps nothing when caching is off. */
export function cardCache(): CardCache {
  const root = cacheRoot();
  if (!shared || shared.root !== root) shared = { root, cache: root ? cacheAt(join(root, 'og')) : KEEPS_NOTHING };
  return shared.cache;
}

function cacheAt(dir: string): CardCache {
  mkdirSync(dir, { recursive: true });
  const file = (key: string) => join(dir, `${key}.png`);
  return {
    has: (key) => existsSync(file(key)),
    path: file,
    read(key) {
      try {
        return readFileSync(file(key));
      } catch {
        return undefined;
      }
    },
    write(key, png) {
      // Written aside then renamed: a build reading the cache at the same time never sees half a file.
      const aside = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(aside, png);
      renameSync(aside, file(key));
    },
  };
}
