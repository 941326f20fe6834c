// Language versions of one piece: articles that share a `translationKey`. Lists show a piece
// once (the version in the reader's interface language, else the first published) with links
// to its other versions; each version's page links to the others.
interface Versioned {
  id: string;
  data: { lang: string; date: Date; translationKey?: string | undefined };
}

/** The other language versions of `entry` among `all`, in language-tag order. */
export function otherVersions<T extends Versioned>(entry: T, all: readonly T[]): T[] {
  const key = entry.data.translationKey;
  if (!key) return [];
  return all.filter((e) => e.id !== entry.id && e.data.translationKey === key).sort((a, b) => a.data.lang.localeCompare(b.data.lang));
}

/**
 * otherVersions for every entry of `all` at once: `all` is grouped by key once, so that a page
 * per article does not search the whole collection for each (quadratic when most pieces are translated).
 */
export function versionsFinder<T extends Versioned>(all: readonly T[]): (entry: T) => T[] {
  const byKey = new Map<string, T[]>();
  for (const e of all) {
    const key = e.data.translationKey;
    if (!key) continue;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = []));
    group.push(e);
  }
  return (entry) => otherVersions(entry, byKey.get(entry.data.translationKey ?? '') ?? []);
}

/**
 * One entry per piece, in the order of `all`: the version in `lang` (or the same primary
 * language), else the earliest published, with the others as `versions`.
 */
export function onePerPiece<T extends Versioned>(all: readonly T[], lang: string): { entry: T; versions: T[] }[] {
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  const groups = new Map<string, T[]>();
  for (const e of all) {
    const key = e.data.translationKey ? `key:${e.data.translationKey}` : `id:${e.id}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const chosen = new Map<T, T[]>();
  for (const group of groups.values()) {
    const pick =
      group.find((e) => e.data.lang === lang) ??
      group.find((e) => primary(e.data.lang) === primary(lang)) ??
      [...group].sort((a, b) => a.data.date.getTime() - b.data.date.getTime())[0]!;
    chosen.set(
      pick,
      group.filter((e) => e !== pick),
    );
  }
  return all.filter((e) => chosen.has(e)).map((entry) => ({ entry, versions: chosen.get(entry)! }));
}
