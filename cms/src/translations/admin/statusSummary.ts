import { defaultLocale, localeCodes } from '@infohub/content-schemas';
import { translationStrings } from '../strings.ts';
import { progressOf, readMarkers, stateOf, type TranslationMarkers, type TranslationState } from '../translationMarkers.ts';

export interface LocaleLine {
  locale: string;
  state: TranslationState;
  label: string;
  savedAt?: string | undefined;
}

export interface StatusSummary {
  lines: LocaleLine[];
  sourceChangedAt?: string | undefined;
  /** Shown instead of the lines when the document has no markers yet. */
  untracked?: string | undefined;
  words: { spanishChanged: string; saved: string };
}

/** One language's state in the editor's language, with how many fields are done when it is partial. */
export function stateLabel(markers: TranslationMarkers, locale: string, language: string | undefined): string {
  const { states } = translationStrings(language);
  const state = stateOf(markers, locale);
  switch (state) {
    case 'partial': {
      const progress = progressOf(markers, locale);
      return states.partial(progress?.translated ?? 0, progress?.of ?? 0);
    }
    default:
      return states[state];
  }
}

/** Each translation's state in the editor's language, from the markers the hooks keep. */
export function statusSummary(value: unknown, language: string | undefined): StatusSummary {
  const strings = translationStrings(language);
  const words = { spanishChanged: strings.spanishChanged, saved: strings.saved };
  const markers = readMarkers(value);
  if (!markers) return { lines: [], untracked: strings.untracked, words };
  const lines = localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => ({
      locale,
      state: stateOf(markers, locale),
      label: stateLabel(markers, locale, language),
      savedAt: markers.locales[locale]?.savedAt,
    }));
  return { lines, sourceChangedAt: markers.source.changedAt, words };
}
