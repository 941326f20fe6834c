// The system share sheet (Web Share API, on phones and some desktops) for a link to this article.
// Resolves true when the sheet handled it (shared, or closed by the reader), false where there is
// no sheet or it refused, so the caller copies the link instead.

/** The article's title as the sheet shows it: without the site name that <title> appends. */
const articleTitle = () => document.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content ?? document.title;

export async function shareSheet(url: string): Promise<boolean> {
  if (typeof navigator.share !== 'function') return false;
  try {
    await navigator.share({ title: articleTitle(), url });
    return true;
  } catch (error) {
    // AbortError: the reader closed the sheet, which is an answer; anything else (no user
    // activation left, a refused URL) falls back to copying.
    return error instanceof DOMException && error.name === 'AbortError';
  }
}
