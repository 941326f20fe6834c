// The language of the article a plugin is rendering: its frontmatter `lang`, which Astro (and
// render-article.ts) put in file.data.astro.frontmatter; "en" when it has none. Labels the
// plugins write inside the article (link names, the notes heading) are in this language.
import type { VFile } from 'vfile';

export function articleLang(file: VFile | undefined): string {
  const lang = (file?.data as { astro?: { frontmatter?: { lang?: unknown } } } | undefined)?.astro?.frontmatter?.lang;
  return typeof lang === 'string' && lang ? lang : 'en';
}
