/** The folder that holds the article MDX files: `FOLIO_CONTENT_DIR`, or `./content/articles`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env['FOLIO_CONTENT_DIR'] || './content/articles';
}
