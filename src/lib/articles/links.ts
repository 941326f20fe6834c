// The public addresses of an article and of the files made from it, absolute against the
// configured site (SITE_URL + BASE_PATH), for metadata, feeds, citations and the cite files.
import { articlePath, withBase } from '../site.ts';

export const absolute = (path: string, site: URL | undefined): string => new URL(path, site ?? 'http://127.0.0.1:4321').href;

export const articleUrl = (id: string, site: URL | undefined) => absolute(articlePath(id), site);
export const ogImagePath = (id: string) => withBase(`og/${id}.png`);
export const bibtexPath = (id: string) => withBase(`cite/${id}.bib`);
export const risPath = (id: string) => withBase(`cite/${id}.ris`);
export const cslJsonPath = (id: string) => withBase(`cite/${id}.json`);
