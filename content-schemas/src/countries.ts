/**
 * The countries infohub can publish for. One line adds a country; editors then create its record in the CMS
 * (the languages it publishes in, emergency numbers) and its guides. `slug` is the country's stable URL segment in every language.
 */
export interface CountryDefinition {
  /** ISO 3166-1 alpha-2. */
  code: string;
  slug: string;
  /** The name in Spanish, used where the CMS has no name yet (the CMS holds the localized names). */
  name: string;
}

export const countries = [
  { code: 'CR', slug: 'costa-rica', name: 'Costa Rica' },
  { code: 'DO', slug: 'republica-dominicana', name: 'República Dominicana' },
  { code: 'GT', slug: 'guatemala', name: 'Guatemala' },
  { code: 'HN', slug: 'honduras', name: 'Honduras' },
  { code: 'MX', slug: 'mexico', name: 'México' },
  { code: 'PA', slug: 'panama', name: 'Panamá' },
  { code: 'SV', slug: 'el-salvador', name: 'El Salvador' },
] as const satisfies readonly CountryDefinition[];

export type CountryCode = (typeof countries)[number]['code'];
export type CountrySlug = (typeof countries)[number]['slug'];

export const countrySlugs: readonly CountrySlug[] = countries.map((country) => country.slug);
