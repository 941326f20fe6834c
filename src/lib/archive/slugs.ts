// Addresses for authors and topics: transliterated ASCII slugs made the way `npm run new` makes
// article addresses ("Café Россия" → "cafe-rossiya"), kept distinct when two names slug alike.
import slugify from '@sindresorhus/slugify';
import anyAscii from 'any-ascii';

/**
 * A URL-safe ASCII slug. slugify knows Latin, Cyrillic, Greek and Arabic letters but drops CJK
 * ones, so a name it empties is romanised by any-ascii first ("李明" → "li-ming").
 */
export const asciiSlug = (text: string): string => slugify(text) || slugify(anyAscii(text));

/** The plain slug of a name; a name with no letters or digits at all gets "unnamed". */
export const slugOf = (name: string): string => asciiSlug(name) || 'unnamed';

/**
 * A distinct slug for each name: names are taken in code-point order, the first keeps the plain
 * slug and each later one that slugs alike gets "-2", "-3", … The order does not depend on the
 * articles, so a name's address stays the same while no colliding name is added before it.
 */
export function distinctSlugs(names: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const name of sorted) {
    const base = slugOf(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    out.set(name, slug);
  }
  return out;
}

/** What two tag spellings share when they differ only by case or accents: "Nato", "NATO" → "nato". */
export const foldTag = (tag: string): string =>
  tag.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
