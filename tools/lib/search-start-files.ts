// The files a page's search starts with, named in pagefind/folio-languages.json so the search code
// can ask for them as soon as that list arrives: Pagefind would ask for them only after its own
// module has arrived, run and read each bundle's entry file (and, for a merged bundle, after the
// primary wasm is compiled).

/** A bundle's pagefind-entry.json, as far as the start needs it. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** The language index Pagefind picks for `language`, as its findIndex does: exact, primary subtag, else the largest. */
export function pickIndex(entry: PagefindEntry, language: string): { hash: string; wasm?: string | null } | undefined {
  const { languages } = entry;
  return (
    languages[language] ?? languages[language.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0]
  );
}

/**
 * The paths (from the site's root, as the bundle's `dir` is) of the meta file of each bundle, in the
 * language Pagefind will read it in, and of the primary bundle's wasm (merged bundles use it too).
 * `pageLanguage` is the pages' <html lang>, which Pagefind reads for the primary bundle.
 */
export function startFiles(
  primary: { dir: string; entry: PagefindEntry },
  parts: { dir: string; language: string; entry: PagefindEntry }[],
  pageLanguage: string,
): string[] {
  const files: string[] = [];
  const main = pickIndex(primary.entry, pageLanguage.toLowerCase());
  if (main) files.push(`${primary.dir}pagefind.${main.hash}.pf_meta`, `${primary.dir}wasm.${main.wasm || 'unknown'}.pagefind`);
  for (const part of parts) {
    const index = pickIndex(part.entry, part.language);
    if (index) files.push(`${part.dir}pagefind.${index.hash}.pf_meta`);
  }
  return files;
}
