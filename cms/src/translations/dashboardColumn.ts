import { defaultLocale } from '@infohub/content-schemas';
import { type AdminLanguage, adminLanguages } from '../i18n/adminLanguages.ts';
import type { DashboardCell, DashboardColumn } from '../review/dashboardColumns.ts';
import { stateLabel } from './admin/statusSummary.ts';
import { translationStrings } from './strings.ts';
import { translationStatusField } from './trackTranslations.ts';
import { readMarkers, stateOf } from './translationMarkers.ts';

/**
 * The review dashboard's "Translations" column: for each document, the languages its country publishes in whose
 * translation is missing or outdated. Such a document needs attention even when its review is current; a document
 * saved before translations were tracked gets an empty cell rather than a guess.
 */
export const translationStatusColumn: DashboardColumn = {
  id: 'translations',
  heading: Object.fromEntries(adminLanguages.map((language) => [language, translationStrings(language).columnHeading])) as Record<
    AdminLanguage,
    string
  >,
  async cells(documents, { payload, user, language }) {
    const countryIds = [...new Set(documents.map((document) => document.countryId))];
    const { docs: countries } = await payload.find({
      collection: 'countries',
      where: { id: { in: countryIds } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    });
    const translatedLocales = new Map(
      countries.map((country) => [String(country.id), country.locales.filter((locale) => locale !== defaultLocale)]),
    );
    const cells = new Map<string, DashboardCell>();
    for (const document of documents) {
      const markers = readMarkers(document.raw[translationStatusField]);
      const locales = translatedLocales.get(String(document.countryId)) ?? [];
      if (!markers || locales.length === 0) continue;
      const needingWork = locales.filter((locale) => stateOf(markers, locale) !== 'upToDate');
      cells.set(
        document.key,
        needingWork.length === 0
          ? { text: translationStrings(language).states.upToDate, attention: false }
          : { text: needingWork.map((locale) => `${locale} ${stateLabel(markers, locale, language)}`).join(' · '), attention: true },
      );
    }
    return cells;
  },
};
