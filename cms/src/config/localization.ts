import { defaultLocale, type LocaleDefinition, locales } from '@infohub/content-schemas';
import type { Config, LocalizationConfig } from 'payload';
import { en } from 'payload/i18n/en';
import { es } from 'payload/i18n/es';
import { fr } from 'payload/i18n/fr';
import { fallbackAdminLanguage } from '../i18n/adminLanguages.ts';

/** Content languages come from content-schemas; a reader sees Spanish where a translation is missing. */
export const localization: LocalizationConfig = {
  locales: locales.map((locale: LocaleDefinition) => ({ code: locale.code, label: locale.label, rtl: locale.dir === 'rtl' })),
  defaultLocale,
  fallback: true,
};

/** The admin's own language, from each editor's browser or account preference (see `i18n/adminLanguages.ts`). */
export const adminI18n: NonNullable<Config['i18n']> = {
  supportedLanguages: { es, en, fr },
  fallbackLanguage: fallbackAdminLanguage,
};
