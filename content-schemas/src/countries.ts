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
  /**
   * IANA time zone of the country's clocks, in which opening hours are written: the site says "open now" by it,
   * whatever zone the reader's phone is set to (a phone that crossed a border may still be on the last country's
   * time). It is a fact about the country, not something editors choose, so it lives here rather than in the CMS.
   */
  timeZone: string;
  /** Cities whose clocks differ from the country's zone, by the city's slug. */
  cityTimeZones?: Readonly<Record<string, string>>;
}

export const countries = [
  { code: 'CR', slug: 'costa-rica', name: 'Costa Rica', timeZone: 'America/Costa_Rica' },
  { code: 'DO', slug: 'republica-dominicana', name: 'República Dominicana', timeZone: 'America/Santo_Domingo' },
  { code: 'GT', slug: 'guatemala', name: 'Guatemala', timeZone: 'America/Guatemala' },
  { code: 'HN', slug: 'honduras', name: 'Honduras', timeZone: 'America/Tegucigalpa' },
  {
    code: 'MX',
    slug: 'mexico',
    name: 'México',
    timeZone: 'America/Mexico_City',
    // Mexico has four zones; these are the cities on migrants' routes whose clocks are not Mexico City's.
    cityTimeZones: {
      tijuana: 'America/Tijuana',
      mexicali: 'America/Tijuana',
      'ciudad-juarez': 'America/Ciudad_Juarez',
      hermosillo: 'America/Hermosillo',
      nogales: 'America/Hermosillo',
      cancun: 'America/Cancun',
      chetumal: 'America/Cancun',
    },
  },
  { code: 'PA', slug: 'panama', name: 'Panamá', timeZone: 'America/Panama' },
  { code: 'SV', slug: 'el-salvador', name: 'El Salvador', timeZone: 'America/El_Salvador' },
] as const satisfies readonly CountryDefinition[];

export type CountryCode = (typeof countries)[number]['code'];
export type CountrySlug = (typeof countries)[number]['slug'];

export const countrySlugs: readonly CountrySlug[] = countries.map((country) => country.slug);

/**
 * The time zone opening hours in a city of the country are written in, or undefined for a country this list does
 * not know (a test snapshot's, say): then nothing can say whether a place is open now.
 */
export function timeZoneOf(countryCode: string, citySlug?: string): string | undefined {
  const country: CountryDefinition | undefined = countries.find((candidate) => candidate.code === countryCode);
  if (!country) return undefined;
  return (citySlug !== undefined ? country.cityTimeZones?.[citySlug] : undefined) ?? country.timeZone;
}
