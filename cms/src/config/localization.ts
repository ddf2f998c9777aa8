import { defaultLocale, type LocaleDefinition, locales } from '@infohub/content-schemas';
import type { Config, LocalizationConfig } from 'payload';
import { en } from 'payload/i18n/en';
import { es } from 'payload/i18n/es';

/** Content languages come from content-schemas; a reader sees Spanish where a translation is missing. */
export const localization: LocalizationConfig = {
  locales: locales.map((locale: LocaleDefinition) => ({ code: locale.code, label: locale.label, rtl: locale.dir === 'rtl' })),
  defaultLocale,
  fallback: true,
};

/**
 * The admin's own language, from each editor's browser or account preference: Spanish or English. Scripts and
 * API clients that ask for no language get English, the language of infohub's own error messages.
 */
export const adminI18n: NonNullable<Config['i18n']> = {
  supportedLanguages: { es, en },
  fallbackLanguage: 'en',
};
