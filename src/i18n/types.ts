import type { UiKey } from './en.ts';

/** A language file: a string for each key (a missing key falls back to English). */
export type UiStrings = Partial<Record<UiKey, string>>;
