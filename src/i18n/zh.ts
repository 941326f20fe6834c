// 中文: the words inside a Chinese article (article.*); the site's own interface falls back to English.
import type { UiStrings } from './types.ts';

export const zh: UiStrings = {
  'article.by': '作者：',
  'article.readingTime': '阅读约需{duration}',
  'article.contents': '目录',
  'article.aboutAuthor': '关于作者',
  'article.aboutAuthors': '关于作者',
  'article.source': '来源',
  'article.originallyPublished': '原载于{publisher}，{date}。',
  'article.readThis': '阅读中文版',
  'article.translations': '本文的其他语言版本',

  'article.cite': '引用本文',
  'article.citeNote': '注释',
  'article.citeInText': '文中引用',
  'article.citePin': '{label}，引用第{paragraph}段：',
  'article.citeOriginal': '原文，载于{publisher}',
  'article.citeReprint': '本版本，载于{site}',
  'article.citeCopyOriginal': '复制{style}（原文）',
  'article.citeCopyOriginalLabel': '原文的{style}引用',
  'article.citeCopyReprint': '复制{style}（本版本）',
  'article.citeCopyReprintLabel': '本版本的{style}引用',
  'article.citeNumbers': '段落编号即每段旁边的¶编号（窄屏上位于段末），永不改变。',
  'article.citeAccessed': '访问日期即您阅读本页之日（未启用JavaScript时，为本版本生成之日：{date}）。',
  'article.citeFiles': '下载到文献管理软件：',

  'article.colophon': '版本说明',
  'article.colophonEdition': '本版本',
  'article.colophonUpdated': '更新于{date}',
  'article.colophonOriginal': '原载于{publisher}，{date}：',
  'article.colophonMargin': '页边的数字是段落编号：引用时写“¶ N”；网上第N段位于{url}',
};
