import { minutesPerDay, type OpenRange, weeklyOpenRanges } from '@infohub/content-schemas';

/**
 * Opening hours in OpenStreetMap `opening_hours` syntax ("Mo-Fr 08:00-12:00,13:00-17:00; PH off"), read by the
 * maintained `opening_hours` library at build time and turned into a plain weekly schedule (`weeklyOpenRanges`,
 * shared with the HSDS export). The library is over a megabyte, so it never reaches the browser: pages carry the
 * schedule, and a few lines decide "open now" there.
 */

export type Schedule =
  /** The same every week: Monday first, each day's ranges in order. */
  | { kind: 'weekly'; days: readonly (readonly OpenRange[])[] }
  /**
   * Hours that change with dates (months, public holidays, single days): no weekly table says them truthfully, so
   * they are shown as written and no one is told "open now".
   */
  | { kind: 'irregular'; text: string };

/**
 * Throws the library's own explanation, pointing at the faulty part of the value, when it cannot be read
 * (`readOpeningHours`, shared with the CMS and the snapshot check, which refuse such values before a build).
 */
export function parseSchedule(value: string): Schedule {
  const days = weeklyOpenRanges(value);
  return days ? { kind: 'weekly', days } : { kind: 'irregular', text: value.trim() };
}

/** Whether every day is open round the clock, for "Open 24 hours, every day". */
export function isAlwaysOpen(days: readonly (readonly OpenRange[])[]): boolean {
  return days.every((ranges) => ranges.length === 1 && ranges[0]?.from === 0 && ranges[0].to === minutesPerDay && !ranges[0].uncertain);
}
