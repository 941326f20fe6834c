// The section an article is filed under, as shown above its title and on its card: the
// schema's default ("Opinion") in the article's own language, a section the author wrote as written.
import { t } from '../../i18n/index.ts';

export const DEFAULT_SECTION = 'Opinion';

export const sectionName = (section: string, lang: string): string =>
  section === DEFAULT_SECTION ? t(lang, 'article.sectionDefault') : section;
