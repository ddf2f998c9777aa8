import type { CountryCode } from '../countries.ts';

/**
 * The numbers each country really has that are dialled without a country code: emergency and public service lines.
 * libphonenumber-js leaves short numbers out of its metadata (only Google's full libphonenumber has them), so
 * infohub keeps its own list, checked by each country team. A short number not listed here is refused for that
 * country: "12345" is more likely a number with digits missing than a service line. One line adds a number.
 */
export const shortNumbers: Readonly<Record<CountryCode, readonly string[]>> = {
  // 911 emergencies, 1147 PANI (children).
  CR: ['911', '1147'],
  DO: ['911'],
  // 110 police, 122 volunteer and 123 municipal fire brigade, 125 Red Cross, 1500 tourist assistance.
  GT: ['110', '122', '123', '125', '1500'],
  // 911 emergencies, 199 police, 198 fire brigade, 195 Red Cross, 114 women's line.
  HN: ['911', '199', '198', '195', '114'],
  // 911 emergencies, 089 anonymous reports, 088 National Guard, 078 tourist assistance.
  MX: ['911', '089', '088', '078'],
  // 911 emergencies, 104 police, 103 fire brigade.
  PA: ['911', '104', '103'],
  // 911 emergencies, 913 fire brigade, 132 Red Cross.
  SV: ['911', '913', '132'],
};

/** The country's short numbers, or undefined for a country this list does not know (a test snapshot's, say). */
export function shortNumbersOf(countryCode: string | undefined): readonly string[] | undefined {
  if (countryCode === undefined) return undefined;
  return Object.hasOwn(shortNumbers, countryCode) ? shortNumbers[countryCode as CountryCode] : undefined;
}
