import { defaultLocale, localeCodes } from '@infohub/content-schemas';
import { readMarkers, stateOf, type TranslationState } from '../translationMarkers.ts';

type AdminLanguage = 'en' | 'es';

export const stateLabels: Record<TranslationState | 'untracked', Record<AdminLanguage, string>> = {
  missing: { en: 'missing', es: 'falta' },
  upToDate: { en: 'up to date', es: 'al día' },
  outdated: { en: 'outdated', es: 'desactualizada' },
  untracked: { en: 'not tracked yet (saved before tracking began)', es: 'sin seguimiento aún (guardado antes del seguimiento)' },
};

const headings = {
  spanishChanged: { en: 'Spanish text last changed', es: 'Texto en español cambiado por última vez' },
  saved: { en: 'saved', es: 'guardada' },
} satisfies Record<string, Record<AdminLanguage, string>>;

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

/** The admin's language: Spanish for Spanish-speaking editors, English otherwise (as the admin itself). */
export function adminLanguage(language: string | undefined): AdminLanguage {
  return language === 'es' ? 'es' : 'en';
}

/** Each translation's state in the editor's language, from the markers the hooks keep. */
export function statusSummary(value: unknown, language: AdminLanguage): StatusSummary {
  const words = { spanishChanged: headings.spanishChanged[language], saved: headings.saved[language] };
  const markers = readMarkers(value);
  if (!markers) return { lines: [], untracked: stateLabels.untracked[language], words };
  const lines = localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => {
      const state = stateOf(markers, locale);
      return { locale, state, label: stateLabels[state][language], savedAt: markers.locales[locale]?.savedAt };
    });
  return { lines, sourceChangedAt: markers.source.changedAt, words };
}
