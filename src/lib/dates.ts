// Dates are calendar dates (no time of day); they are formatted in UTC so the day
// never shifts with the build machine's time zone.

/** "2010-11-21" */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "21 November 2010" (the day-month-year order newspapers and citation styles share). */
export function longDate(date: Date, locale = 'en-GB'): string {
  // Creating a DateTimeFormat is slow; one per locale serves every page of the build.
  let format = formats.get(locale);
  if (!format)
    formats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}
const formats = new Map<string, Intl.DateTimeFormat>();

/** Newest first; ties broken by title so the order is stable. */
export function byDateDesc<T extends { data: { date: Date; title: string } }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title);
}
