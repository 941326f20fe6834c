// The line that says a piece is a translation, for the byline and the print colophon.

/** "Translated from Russian by Anna Smith", "Translated by Anna Smith", "Translated from Russian", or undefined. */
export function translationLine(data: { translator?: string | undefined; originalLanguage?: string | undefined }): string | undefined {
  const { translator, originalLanguage } = data;
  if (!translator && !originalLanguage) return undefined;
  return `Translated${originalLanguage ? ` from ${originalLanguage}` : ''}${translator ? ` by ${translator}` : ''}`;
}
