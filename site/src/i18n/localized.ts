import type { Localized } from '@infohub/content-schemas';

/** The reader's language and the one every document is written in first. */
export interface Reading {
  locale: string;
  defaultLocale: string;
}

/** A value picked for a reader, with the language it is actually written in. */
export interface LocalizedValue<T> {
  value: T;
  lang: string;
  isFallback: boolean;
}

/**
 * The value in the reader's language, else in the default language. Text left empty (or only spaces) in the
 * reader's language counts as not translated yet: showing it would hide the default language's text. The snapshot
 * guarantees the default language is present, so a missing one is a broken snapshot, not something to hide.
 */
export function pickLocalized<T>(values: Localized<T>, reading: Reading): LocalizedValue<T> {
  const own = values[reading.locale];
  if (isWritten(own)) return { value: own, lang: reading.locale, isFallback: false };
  const fallback = values[reading.defaultLocale];
  if (fallback === undefined) throw new Error(`A localized value has no text in the default language "${reading.defaultLocale}".`);
  return { value: fallback, lang: reading.defaultLocale, isFallback: true };
}

function isWritten<T>(value: T | undefined): value is T {
  return value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/** The `lang` attribute text needs when it is not in the page's language, so screen readers pronounce it right. */
export function langIfFallback(value: LocalizedValue<unknown> | undefined): string | undefined {
  return value?.isFallback ? value.lang : undefined;
}

/**
 * Picks every value of one page and remembers whether any of them fell back, so the page can tell the reader.
 * A page builds all its values before it renders, then asks for its translation status.
 */
export interface PagePicker {
  pick<T>(values: Localized<T>): LocalizedValue<T>;
  pickOptional<T>(values: Localized<T> | undefined): LocalizedValue<T> | undefined;
  readonly anyFallback: boolean;
}

export function createPagePicker(reading: Reading): PagePicker {
  let anyFallback = false;
  const pick = <T>(values: Localized<T>) => {
    const picked = pickLocalized(values, reading);
    anyFallback ||= picked.isFallback;
    return picked;
  };
  // An optional text left empty in the default language too (a guide body may be) has nothing to show or to flag.
  const pickOptional = <T>(values: Localized<T> | undefined) => {
    if (values === undefined) return undefined;
    const picked = pickLocalized(values, reading);
    if (!isWritten(picked.value)) return undefined;
    anyFallback ||= picked.isFallback;
    return picked;
  };
  return {
    pick,
    pickOptional,
    get anyFallback() {
      return anyFallback;
    },
  };
}

export type TranslationStatus = 'complete' | 'partial' | 'missing';

/** "missing" when the page's main text (its title) fell back, "partial" when only some parts did. */
export function translationStatus(main: LocalizedValue<unknown> | undefined, anyFallback: boolean): TranslationStatus {
  if (main?.isFallback) return 'missing';
  return anyFallback ? 'partial' : 'complete';
}
