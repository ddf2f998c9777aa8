import type { LocaleCode } from './locales.ts';

/**
 * The countries infohub can publish for. One line adds a country; editors then create its record in the CMS
 * (emergency numbers, languages) and its guides. `slug` is the country's stable URL segment in every language.
 */
export interface CountryDefinition {
  /** ISO 3166-1 alpha-2. */
  code: string;
  slug: string;
  /** The name in Spanish, used where the CMS has no name yet (the CMS holds the localized names). */
  name: string;
  /** Languages the country's migrants read most, in the order its site offers them. */
  suggestedLocales: readonly LocaleCode[];
}

export const countries = [
  { code: 'CR', slug: 'costa-rica', name: 'Costa Rica', suggestedLocales: ['es', 'en'] },
  { code: 'DO', slug: 'republica-dominicana', name: 'República Dominicana', suggestedLocales: ['es', 'ht', 'fr', 'en'] },
  { code: 'GT', slug: 'guatemala', name: 'Guatemala', suggestedLocales: ['es', 'en'] },
  { code: 'HN', slug: 'honduras', name: 'Honduras', suggestedLocales: ['es', 'en'] },
  { code: 'MX', slug: 'mexico', name: 'México', suggestedLocales: ['es', 'en', 'fr', 'ht'] },
  { code: 'PA', slug: 'panama', name: 'Panamá', suggestedLocales: ['es', 'en'] },
  { code: 'SV', slug: 'el-salvador', name: 'El Salvador', suggestedLocales: ['es', 'en'] },
] as const satisfies readonly CountryDefinition[];

export type CountryCode = (typeof countries)[number]['code'];
export type CountrySlug = (typeof countries)[number]['slug'];

export const countrySlugs: readonly CountrySlug[] = countries.map((country) => country.slug);

export function findCountryBySlug(slug: string): CountryDefinition | undefined {
  return countries.find((country) => country.slug === slug);
}
