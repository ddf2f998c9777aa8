import { type CountryCode as DialCountry, getCountryCallingCode, validatePhoneNumberLength } from 'libphonenumber-js';
import { countries } from '../countries.ts';
import { phonePattern, phoneRule } from '../patterns.ts';
import { shortNumbersOf } from './shortNumbers.ts';

/** Without a country to ask, numbers dialled without a country code are taken as short lines ("911") up to this. */
const longestShortNumber = 6;

/** Why readers could not dial a number, as data: the CMS words it in the editor's language, the site in English. */
export type PhoneNumberProblem =
  | { kind: 'notANumber' }
  /** Long enough to be a subscriber number, but dialled without its country code. */
  | { kind: 'noCountryCode'; callingCode: string | undefined }
  /** Short, but not one of the country's short numbers: probably digits missing. */
  | { kind: 'notAShortNumber'; country: string; callingCode: string; shortNumbers: readonly string[] }
  | { kind: 'wrongLength'; reason: 'INVALID_COUNTRY' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' | 'NOT_A_NUMBER' };

/**
 * Checks a number the way readers dial it. International numbers ("+50622223333") are checked by libphonenumber-js
 * against its table of countries: a known country code and a possible length for it; whether the exact range is
 * allocated is not asked, so a new range (or the demo content's fictional numbers) still saves. A number without
 * a country code must be one of the country's short numbers (`shortNumbers.ts`) when the country is known.
 */
export function checkPhoneNumber(value: string, countryCode?: string): PhoneNumberProblem | undefined {
  if (!phonePattern.test(value)) return { kind: 'notANumber' };
  if (value.startsWith('+')) {
    const reason = validatePhoneNumberLength(value);
    return reason === undefined ? undefined : { kind: 'wrongLength', reason };
  }
  const known = shortNumbersOf(countryCode);
  const callingCode = countryCode && known ? getCountryCallingCode(countryCode as DialCountry) : undefined;
  if (value.length > longestShortNumber) return { kind: 'noCountryCode', callingCode };
  if (!known || !countryCode || !callingCode || known.includes(value)) return undefined;
  return { kind: 'notAShortNumber', country: countryCode, callingCode, shortNumbers: known };
}

const lengthProblems: Record<string, string> = {
  INVALID_COUNTRY: 'no country uses the code after the +',
  TOO_SHORT: 'it has too few digits for its country code',
  TOO_LONG: 'it has too many digits for its country code',
  INVALID_LENGTH: 'its number of digits does not match any number of its country code',
  NOT_A_NUMBER: 'it is not a number',
};

/** Why readers could not dial a number, in English (the snapshot check, scripts), or undefined when they could. */
export function describePhoneNumberProblem(value: string, countryCode?: string): string | undefined {
  const problem = checkPhoneNumber(value, countryCode);
  switch (problem?.kind) {
    case undefined:
      return undefined;
    case 'notANumber':
      return `"${value}" is not a phone number: write ${phoneRule}`;
    case 'noCountryCode':
      return `"${value}" has no country code: write it with + and the country code (for example +${problem.callingCode ?? '506'}22223333); only short numbers such as 911 go without one`;
    case 'notAShortNumber':
      return `"${value}" is not a short number of ${countryName(problem.country)} (${problem.shortNumbers.join(', ')}): write the full number with +${problem.callingCode}, or add the short number to content-schemas/src/checks/shortNumbers.ts if the country really has it`;
    case 'wrongLength':
      return `"${value}" cannot be dialled: ${lengthProblems[problem.reason] ?? problem.reason}. Check the country code and the digits`;
  }
}

function countryName(code: string): string {
  return countries.find((country) => country.code === code)?.name ?? code;
}
