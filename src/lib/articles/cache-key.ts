// The cacheKey of a page for Astro's incremental build (experimental.incrementalBuild, astro.config.mjs):
// a page whose key and code (Astro hashes the page's module graph) are those of the last build is
// copied from the cache instead of rendered. So the key must cover every input of the page that is
// not code, and pages give it all they show: their props (getStaticPaths), with each article as its
// id and digest (src/collection/loader.ts: a hash of its file, path and schema). What else reaches
// a page without being code is added here: the interface language (FOLIO_LANG, read at run time)
// and the content folder (FOLIO_CONTENT_DIR). SITE_URL and BASE_PATH are in Astro's config, whose
// hash (with the lockfile's) guards the whole cache. The full audit: docs/caches.md.
import { createHash } from 'node:crypto';
import { SITE_LANG } from '../../i18n/index.ts';
import { contentDir } from './content-dir.ts';

interface Entry {
  collection: string;
  id: string;
  digest?: string | number | undefined;
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;

/** JSON for a key: an entry as its digest; Maps and Sets as arrays; anything JSON would drop silently is refused. */
function replacer(_name: string, value: unknown): unknown {
  if (isEntry(value)) {
    if (value.digest === undefined) throw new Error(`cacheKey: entry "${value.id}" has no digest`);
    return `${value.collection}/${value.id}@${value.digest}`;
  }
  if (value instanceof Map) return ['Map', ...value];
  if (value instanceof Set) return ['Set', ...value];
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    throw new Error(`cacheKey: a ${typeof value} cannot be part of a key`);
  }
  return value;
}

/** The key of a page made from `inputs` (its props, or what it reads): a SHA-256, base64url. */
export function cacheKey(inputs: unknown, env: { lang?: string; contentDir?: string } = {}): string {
  const json = JSON.stringify([env.lang ?? SITE_LANG, env.contentDir ?? contentDir(), inputs], replacer);
  return createHash('sha256').update(json).digest('base64url');
}

/** A listing page's props with their key, for getStaticPaths: `{ params, ...keyed(props) }`. The page must show nothing but its props. */
export const keyed = <P>(props: P): { props: P; cacheKey: string } => ({ props, cacheKey: cacheKey(props) });
