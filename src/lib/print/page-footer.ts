// The printed page's footer in a language: its words before, between and after the page
// counters ("Page ", " of ", ""), which print.css puts around counter(page) and counter(pages).
import { t } from '../../i18n/index.ts';

/** The three parts of `lang`'s "Page {page} of {pages}"; undefined when they are English's (print.css's default). */
export function pageFooterParts(lang: string): [string, string, string] | undefined {
  if (!footers.has(lang)) footers.set(lang, footerParts(lang));
  return footers.get(lang);
}
const footers = new Map<string, [string, string, string] | undefined>();

function footerParts(lang: string): [string, string, string] | undefined {
  const template = t(lang, 'print.pageOf');
  if (template === t('en', 'print.pageOf')) return undefined;
  const [before = '', between = '', after = ''] = template.split(/\{pages?\}/);
  return [before, between, after];
}
