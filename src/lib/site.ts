// Site-wide facts and URL helpers. BASE_URL comes from the `base` setting, so every
// internal link works when the site is served under a sub-path such as /folio/.
import { SITE_LANG, t } from '../i18n/index.ts';

export const SITE_NAME = 'Folio';
/** The site's description, in its interface language. */
export const SITE_DESCRIPTION = t(SITE_LANG, 'site.description');

/** Joins a site path onto the base path: withBase('/articles/x/', '/folio/') → '/folio/articles/x/'. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The path of an article page. */
export const articlePath = (id: string): string => withBase(`articles/${id}/`);
