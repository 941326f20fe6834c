// The search filters (author, year, topic, language) as native <select>s in a fieldset: usable
// by keyboard and screen reader as they are. Their choices and counts come from Pagefind's
// filters (SearchMeta.astro marks them), merged across every language's index.
import { text } from './strings.ts';
import type { SearchStringName } from '../../i18n/search-keys.ts';

/** Filter name → value → number of articles. */
export type FilterCounts = Record<string, Record<string, number>>;

const FILTERS: { name: string; label: SearchStringName; any: SearchStringName }[] = [
  { name: 'author', label: 'filterAuthor', any: 'anyAuthor' },
  { name: 'year', label: 'filterYear', any: 'anyYear' },
  { name: 'topic', label: 'filterTopic', any: 'anyTopic' },
  { name: 'language', label: 'filterLanguage', any: 'anyLanguage' },
];
export const FILTER_NAMES = FILTERS.map((f) => f.name);

/** The label of filter `name` ("Author"). */
export const filterLabel = (name: string): string => text(FILTERS.find((f) => f.name === name)?.label ?? 'filters');

/** Years newest first; names in the page language's alphabetical order. */
function ordered(name: string, values: string[]): string[] {
  if (name === 'year') return values.sort((a, b) => Number(b) - Number(a));
  const collator = new Intl.Collator(document.documentElement.lang || undefined);
  return values.sort(collator.compare);
}

export class SearchFilters {
  readonly fieldset: HTMLFieldSetElement;
  private readonly selects: HTMLSelectElement[];
  /** "Clear filters": shown only while a filter is set. */
  private readonly clear: HTMLButtonElement;
  private readonly listeners: (() => void)[] = [];
  private totals: FilterCounts = {};

  /** `idPrefix` keeps the selects' ids unique on the page. */
  constructor(idPrefix: string) {
    this.fieldset = document.createElement('fieldset');
    this.fieldset.className = 'search-filters';
    const legend = document.createElement('legend');
    legend.textContent = text('filters');
    this.fieldset.append(legend);
    this.selects = FILTERS.map((f) => {
      const select = document.createElement('select');
      select.name = f.name;
      select.id = `${idPrefix}-${f.name}`;
      select.append(new Option(text(f.any), ''));
      const label = document.createElement('label');
      label.htmlFor = select.id;
      const name = document.createElement('span');
      name.textContent = text(f.label);
      label.append(name, select);
      this.fieldset.append(label);
      select.addEventListener('change', () => this.changed());
      return select;
    });
    this.clear = document.createElement('button');
    this.clear.type = 'button';
    this.clear.className = 'search-filters-clear';
    this.clear.textContent = text('clearFilters');
    this.clear.hidden = true;
    this.clear.addEventListener('click', () => {
      for (const select of this.selects) select.value = '';
      // The button hides itself: focus goes to the first filter, heard as "Any author". The new
      // result count is announced by the status, as after any change of filter.
      this.selects[0]?.focus();
      this.changed();
    });
    this.fieldset.append(this.clear);
  }

  private changed(): void {
    this.showClear();
    for (const listener of this.listeners) listener();
  }

  private showClear(): void {
    this.clear.hidden = this.selects.every((s) => !s.value);
  }

  /** The chosen values ({ author: "…", year: "2010" }), without the ones left at "any". */
  values(): Record<string, string> {
    return Object.fromEntries(this.selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  }

  /** Chooses `values` (from a URL); a value not among the choices yet is added, so it shows. */
  set(values: Record<string, string | null | undefined>): void {
    for (const select of this.selects) {
      const value = values[select.name] ?? '';
      if (value && ![...select.options].some((o) => o.value === value)) select.append(this.option(value, undefined));
      select.value = value;
    }
    this.showClear();
  }

  /** Calls `listener` when the reader changes a filter or clears them all. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Fills the choices from every article's counts (Pagefind's filters()). */
  setTotals(totals: FilterCounts): void {
    this.totals = totals;
    for (const select of this.selects) {
      const values = ordered(select.name, Object.keys(totals[select.name] ?? {}));
      const chosen = select.value;
      if (chosen && !values.includes(chosen)) values.push(chosen);
      select.replaceChildren(select.options[0]!, ...values.map((v) => this.option(v, totals[select.name]?.[v] ?? 0)));
      select.value = chosen;
    }
  }

  /** Shows each choice's count among the results (or among all articles when `counts` is undefined). */
  showCounts(counts: FilterCounts | undefined): void {
    for (const select of this.selects)
      for (const option of [...select.options].slice(1)) {
        const n = (counts?.[select.name] ?? this.totals[select.name])?.[option.value] ?? 0;
        option.textContent = text('choice', { value: option.value, count: n });
      }
  }

  private option(value: string, count: number | undefined): HTMLOptionElement {
    return new Option(count === undefined ? value : text('choice', { value, count }), value);
  }
}
