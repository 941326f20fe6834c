// MLA's "Accessed" date in the cite block (CiteThis.astro) is the reader's day, not the build's.
const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export function fillAccessDates(): void {
  const now = new Date();
  const today = `${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
  for (const span of document.querySelectorAll('.accessed-date')) span.textContent = today;
}
