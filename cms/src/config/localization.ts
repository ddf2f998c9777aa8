import { defaultLocale, type LocaleDefinition, locales } from '@infohub/content-schemas';
import type { Config, LocalizationConfig } from 'payload';
import { en } from 'payload/i18n/en';
import { es } from 'payload/i18n/es';
import { fr } from 'payload/i18n/fr';
import { localesOfferedTo } from '../access/localesInAdmin.ts';
import type { StaffUser } from '../access/staffRoles.ts';
import { fallbackAdminLanguage } from '../i18n/adminLanguages.ts';

/** Content languages come from content-schemas; a reader sees Spanish where a translation is missing. */
export const localization: LocalizationConfig = {
  locales: locales.map((locale: LocaleDefinition) => ({ code: locale.code, label: locale.label, rtl: locale.dir === 'rtl' })),
  defaultLocale,
  fallback: true,
  // The admin's language picker: a translator is offered their languages and the Spanish source, not all ten.
  filterAvailableLocales: ({ req, locales: all }) => localesOfferedTo(req.user as StaffUser | null, all),
};

/** The admin's own language, from each editor's browser or account preference (see `i18n/adminLanguages.ts`). */
export const adminI18n: NonNullable<Config['i18n']> = {
  supportedLanguages: { es, en, fr },
  fallbackLanguage: fallbackAdminLanguage,
};
