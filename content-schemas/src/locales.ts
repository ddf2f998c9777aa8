/**
 * The languages infohub publishes in. One line adds a language: the CMS localises every field into it and the
 * site builds every page in it. Codes are BCP 47 tags, used as they are in URLs, `<html lang>`, Pagefind and Intl.
 */
export interface LocaleDefinition {
  code: string;
  /** The language's name in the language itself, as a reader looks for it in a language switcher. */
  label: string;
  dir: 'ltr' | 'rtl';
}

export const locales = [
  { code: 'es', label: 'Español', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'ht', label: 'Kreyòl ayisyen', dir: 'ltr' },
] as const satisfies readonly LocaleDefinition[];

export type LocaleCode = (typeof locales)[number]['code'];

/** Spanish is written first and is what a reader sees where a translation is missing. */
export const defaultLocale = 'es' satisfies LocaleCode;

export const localeCodes: readonly LocaleCode[] = locales.map((locale) => locale.code);

export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as readonly string[]).includes(value);
}

export function getLocale(code: LocaleCode): LocaleDefinition {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}". Known locales: ${localeCodes.join(', ')}.`);
  return locale;
}
