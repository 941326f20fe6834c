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
  'search.filterLanguage': 'Language',
  'search.anyLanguage': 'Any language',
  'search.filtersToggle': 'Filters',
  'search.filtersOn': 'Filters ({count} on)',
  'search.choice': '{value} ({count})',
  'search.clearFilters': 'Clear filters',
  'search.close': 'Close',
  'search.escCloses': 'Esc closes',
  'search.allResults': 'All {count} results on the search page',
  'search.openOnPage': 'Open this search on the search page, to share it',
  'search.keepTyping': 'Keep typing, or press Enter to search for “{term}”.',
  'search.unavailable':
    'Search is not available here: its index is made by “npm run build”, and a development server has none. Run “npm run build”, then “npm run preview”, to search.',
  'search.offline': 'Search needs the connection, and you are offline. The articles you have opened on this device can still be read.',
  'search.noResults': 'No articles match “{term}”. Check the spelling, or try fewer or other words.',
  // One form per plural category (Intl.PluralRules); English uses "one" and "other".
  'search.countOne': '{count} article matches “{term}”',
  'search.countFew': '{count} articles match “{term}”',
  'search.countMany': '{count} articles match “{term}”',
  'search.countOther': '{count} articles match “{term}”',
  'search.filteredBy': ' ({filters})',
  'search.showingFirst': '; showing the first {shown}',
  'search.paragraph': 'Paragraph {n}',
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

  'share.fallbackLabel': 'Copying is not allowed here. The {what} is selected: press Control+C or Command+C to copy it.',
  'share.fallbackWhat': 'link',
  'share.close': 'Close',
  'share.passage': 'Copy link to passage',

  'article.by': 'By ', // the trailing space (or none, after a colon such as Chinese "：") is part of the string
  'article.readingTime': '{duration} read',
  'article.contents': 'Contents',
  'article.aboutAuthor': 'About the author',
  'article.aboutAuthors': 'About the authors',
  'article.source': 'Source',
  'article.originallyPublished': 'Originally published in {publisher} on {date}.',
  'article.readThis': 'Read in English',
  'article.translations': 'This article in other languages',

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
