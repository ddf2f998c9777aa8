import OpeningHours from 'opening_hours';
import { rememberByText } from '../rememberByText.ts';

/**
 * Reads opening hours in OpenStreetMap `opening_hours` syntax ("Mo-Fr 08:00-12:00,13:00-17:00; PH off") with the
 * maintained `opening_hours` library, the way the site reads them, so the CMS refuses at save what the site could
 * not show. Throws the library's own explanation, pointing at the faulty part of the value. A value it can only
 * read by guessing is refused too: it reads "lunes a viernes" as Monday to Friday round the clock, and a wrong
 * "open" sends someone to a locked door.
 */
export function readOpeningHours(value: string): OpeningHours {
  // Mode 0, time ranges only: "Mo 12:00" (a point in time, as for bus departures) means nothing for an office.
  const hours = new OpeningHours(value, null, 0);
  const warnings = hours.getWarnings();
  if (warnings.length > 0)
    throw new Error(`it would have to be guessed at (${warnings.join(' ')}); as written it reads "${hours.prettifyValue()}"`);
  return hours;
}

/** Why the value is not opening hours the site can read, or undefined when it is. */
export const describeOpeningHoursProblem = rememberByText((value: string): string | undefined => {
  try {
    readOpeningHours(value);
    return undefined;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    return `"${value}" is not OpenStreetMap opening_hours syntax (for example "Mo-Fr 08:00-16:00"): ${reason}`;
  }
});
