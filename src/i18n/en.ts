// The interface's words in English: the reference language, and the fallback for any key
// another language lacks. To add a string: add its key here, use it with t('key'), and add
// it to ru.ts (tests/unit/i18n.test.ts lists every key a language file is missing).
// {name} is a placeholder, filled by t(); keys under article.* are read in the article's
// own language, all others in the site's (src/i18n/index.ts).
export const en = {
  'site.description': 'Long-form articles to read, search, cite, share and print.',
  'site.skipLink': 'Skip to content',
  'site.navLabel': 'Site',
  'site.articles': 'Articles',

  'home.pageOf': 'Articles, page {page} of {total}',
  'pagination.label': 'Older and newer articles',
  'pagination.newer': '← Newer',
  'pagination.older': 'Older →',
  'pagination.page': 'Page {page}',

  'search.label': 'Search articles',
  'search.placeholder': 'Search',
  'search.button': 'Search',
  'search.title': 'Search',
  'search.description': 'Search the full text of every article.',
  'search.formLabel': 'Articles',
  'search.pageLabel': 'Search the full text of every article',
  'search.noScript':
    'Searching needs JavaScript, which is off or blocked in this browser. Browse the archive instead; on an article page, your browser’s Find (Ctrl+F or ⌘F) searches its text.',
  'search.filters': 'Only articles by, from or about',
  'search.filterAuthor': 'Author',
  'search.anyAuthor': 'Any author',
  'search.filterYear': 'Year',
  'search.anyYear': 'Any year',
  'search.filterTopic': 'Topic',
  'search.anyTopic': 'Any topic',
  'search.browse': 'Browse the archive',
  'search.browseNewest': 'The newest articles',
  'search.browseAuthors': 'By author',
  'search.browseTopics': 'By topic',
  'search.browseYears': 'By year',

  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address.',
  'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'See all articles',
  'notFound.search': 'Search the articles',

  'list.readingTime': '{duration} read',
  // Strings with "|" have one form per plural category of their language (plural() in strings.ts).
  'list.articleCount': '{count} article|{count} articles',
  'list.newestFirst': '{count} article, newest first.|{count} articles, newest first.',
  'list.pageNote': ', page {page} of {total}',

  'browse.label': 'Browse the archive',
  'browse.authors': 'Authors',
  'browse.years': 'Archive by year',
  'browse.topics': 'Topics',

  'archive.title': 'Archive',
  'archive.description': 'Every article, year by year.',
  'archive.intro': 'Every article, year by year, newest first.',
  'archive.yearDescription': 'Articles published in {year}.',
  'archive.yearPages': 'Pages of {year}',

  'authors.title': 'Authors',
  'authors.description': 'Every author in the archive, with their articles.',
  'authors.intro': '{count} author, by name.|{count} authors, by name.',
  'author.articles': 'Articles by {name}',
  'author.description': 'Articles by {name}.',
  'author.website': 'Website',
  'author.feed': 'Feed of {name}’s articles',
  'author.pages': 'Pages of articles by {name}',

  'topics.title': 'Topics',
  'topics.description': 'Every topic in the archive, with its articles.',
  'topics.none': 'No article has topics yet.',
  'topics.intro': '{count} topic, by name.|{count} topics, by name.',
  'topic.description': 'Articles about {name}.',
  'topic.pages': 'Pages of articles about {name}',

  'more.label': 'More from the archive',
  'more.topics': 'Topics',
  'more.byAuthor': 'More by this author',
  'more.byAuthors': 'More by these authors',
  'more.everyArticle': 'Every article by {name}',

  'theme.label': 'Theme',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'offline.title': 'Offline',
  'offline.description': 'You are offline: the articles you have opened on this device can still be read.',
  'offline.heading': 'You are offline',
  'offline.reason': 'This page has not been saved on this device, and it needs the connection.',
  'offline.searchReason': 'Search needs the connection: its index is not kept on this device.',
  'offline.available': 'Articles you can read offline',
  'offline.empty': 'Articles you open while online are kept on this device, to read here later.',
  'offline.home': 'See all articles',
  'offline.needsConnection': '(needs the connection)',

  'epub.download': 'Download as EPUB',

  'share.fallbackLabel': 'Copying is not allowed here. The {what} is selected: press Control+C or Command+C to copy it.',
  'share.fallbackWhat': 'link',
  'share.close': 'Close',
  'share.passage': 'Copy link to passage',
  'share.hint': 'Also copies the link.',
  // The sharing script fills {what} and writes the message's first letter as a capital.
  'share.copied': '{what} copied.',
  'share.whatParagraph': 'link to paragraph {number}',
  'share.whatSection': 'link to this section',
  'share.whatPassage': 'link to the passage in paragraph {number}',
  'share.whatPassageAny': 'link to the passage',

  'article.by': 'By ', // the trailing space (or none, after a colon such as Chinese "：") is part of the string
  'article.readingTime': '{duration} read',
  'article.contents': 'Contents',
  'article.aboutAuthor': 'About the author',
  'article.aboutAuthors': 'About the authors',
  'article.source': 'Source',
  'article.originallyPublished': 'Originally published in {publisher} on {date}.',
  'article.readThis': 'Read in English',
  'article.translations': 'This article in other languages',
  // The section shown above the title when an article names none (the schema's default, "Opinion").
  'article.sectionDefault': 'Opinion',
  // The publisher and date under the title on the article's Open Graph card.
  'article.sourceLine': '{publisher}, {date}',
  'article.translatedFromBy': 'Translated from {language} by {translator}',
  'article.translatedFrom': 'Translated from {language}',
  'article.translatedBy': 'Translated by {translator}',

  'article.sectionLink': 'Section titled “{title}”',
  'article.paragraphLink': '¶{number}, link to paragraph {number}',
  'article.notes': 'Notes',
  'article.note': 'Note',
  'article.backToReference': 'Back to reference {number}',
  'article.table': 'Table {number}',
  'article.listAfter': 'List after ¶ {number}',
  'article.quoteAfter': 'Quotation after ¶ {number}',
  'article.printLinks': 'Links',
  'article.ebookEdition': 'This e-book: {publisher}, {url}',
  'article.ebookNumbers':
    'The numbers before the paragraphs are permanent paragraph numbers: cite “¶ N”; on the web, paragraph N is at {url}',

  'article.cite': 'Cite this article',
  'article.citeNote': 'Note',
  'article.citeInText': 'In text',
  'article.citePin': '{label}, citing paragraph {paragraph}:',
  'article.citeOriginal': 'The original, in {publisher}',
  'article.citeReprint': 'This edition, in {site}',
  'article.citeCopyOriginal': 'Copy {style}, original',
  'article.citeCopyOriginalLabel': '{style} citation of the original',
  'article.citeCopyReprint': 'Copy {style}, this edition',
  'article.citeCopyReprintLabel': '{style} citation of this edition',
  'article.citeNumbers': 'Paragraph numbers are the ¶ numbers beside each paragraph (at its end on a narrow screen); they never change.',
  'article.citeAccessed': 'The access date is the day you read this page (without JavaScript, the day this edition was built: {date}).',
  'article.citeFiles': 'Download for a reference manager:',

  'article.colophon': 'Colophon',
  'article.colophonEdition': 'This edition',
  'article.colophonUpdated': 'updated {date}',
  'article.colophonOriginal': 'Originally published in {publisher} on {date}:',
  'article.colophonMargin': 'The numbers in the margin are paragraph numbers: cite “¶ N”; on the web, paragraph N is at {url}',
} as const;

export type UiKey = keyof typeof en;
