// بالعربية: the words inside an Arabic article (article.*); the site's own interface falls back to English.
import type { UiStrings } from './types.ts';

export const ar: UiStrings = {
  'article.by': 'بقلم ',
  'article.readingTime': 'القراءة: {duration}',
  'article.contents': 'المحتويات',
  'article.aboutAuthor': 'عن الكاتب',
  'article.aboutAuthors': 'عن الكتّاب',
  'article.source': 'المصدر',
  'article.originallyPublished': 'نُشر أولًا في {publisher} بتاريخ {date}.',
  'article.readThis': 'اقرأ بالعربية',
  'article.translations': 'هذا المقال بلغات أخرى',

  'article.cite': 'استشهد بهذا المقال',
  'article.citeNote': 'حاشية',
  'article.citeInText': 'في النص',
  'article.citePin': '{label}، مع الإشارة إلى الفقرة {paragraph}:',
  'article.citeOriginal': 'الأصل، في {publisher}',
  'article.citeReprint': 'هذه النسخة، في {site}',
  'article.citeCopyOriginal': 'انسخ {style}، الأصل',
  'article.citeCopyOriginalLabel': 'استشهاد {style} بالأصل',
  'article.citeCopyReprint': 'انسخ {style}، هذه النسخة',
  'article.citeCopyReprintLabel': 'استشهاد {style} بهذه النسخة',
  'article.citeNumbers': 'أرقام الفقرات هي أرقام ¶ بجانب كل فقرة (في نهايتها على الشاشة الضيقة)، ولا تتغير أبدًا.',
  'article.citeAccessed': 'تاريخ الاطلاع هو يوم قراءتك لهذه الصفحة (من دون JavaScript، يوم إعداد هذه النسخة: {date}).',
  'article.citeFiles': 'نزّل لبرنامج إدارة المراجع:',

  'article.colophon': 'بيانات النشر',
  'article.colophonEdition': 'هذه النسخة',
  'article.colophonUpdated': 'حُدّثت في {date}',
  'article.colophonOriginal': 'نُشر أولًا في {publisher} بتاريخ {date}:',
  'article.colophonMargin': 'الأرقام في الهامش أرقام الفقرات: استشهد بـ«¶ N»؛ وعلى الويب، الفقرة N على العنوان {url}',
};
