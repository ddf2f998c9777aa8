import { validatePhoneNumberLength } from 'libphonenumber-js';
import { phonePattern, phoneRule } from '../patterns.ts';

/** Numbers dialled without a country code are short service numbers ("911", "1311"); anything longer needs one. */
const longestShortNumber = 6;

const lengthProblems: Record<string, string> = {
  INVALID_COUNTRY: 'no country uses the code after the +',
  TOO_SHORT: 'it has too few digits for its country code',
  TOO_LONG: 'it has too many digits for its country code',
  INVALID_LENGTH: 'its number of digits does not match any number of its country code',
  NOT_A_NUMBER: 'it is not a number',
};

/**
 * Why readers could not dial a number, or undefined when they could. International numbers are checked by
 * libphonenumber-js against its table of countries: a known country code and a possible length for it. Whether
 * the exact range is allocated is not asked, so a new range (or the demo content's fictional numbers) still saves;
 * a digit too many or too few, or a wrong country code, does not.
 */
export function describePhoneNumberProblem(value: string): string | undefined {
  if (!phonePattern.test(value)) return `"${value}" is not a phone number: write ${phoneRule}`;
  if (!value.startsWith('+')) {
    return value.length > longestShortNumber
      ? `"${value}" has no country code: write it with + and the country code (for example +50622223333); only short numbers such as 911 go without one`
      : undefined;
  }
  const lengthProblem = validatePhoneNumberLength(value);
  return lengthProblem === undefined
    ? undefined
    : `"${value}" cannot be dialled: ${lengthProblems[lengthProblem] ?? lengthProblem}. Check the country code and the digits`;
}
