import { readOpeningHours } from '@infohub/content-schemas';

/**
 * Opening hours in OpenStreetMap `opening_hours` syntax ("Mo-Fr 08:00-12:00,13:00-17:00; PH off"), read by the
 * maintained `opening_hours` library at build time and turned into a plain weekly schedule. The library is over a
 * megabyte, so it never reaches the browser: pages carry the schedule, and a few lines decide "open now" there.
 */

/** One stretch of a day, in minutes after midnight: `from` included, `to` excluded (at most 1440). */
export interface OpenRange {
  from: number;
  to: number;
  /** OSM's "unknown" state ("Sa unknown", or a time with a comment such as "by appointment"): maybe open. */
  uncertain: boolean;
  /** The editor's comment on the rule ("cita previa"), as written. */
  comment: string | undefined;
}

export type Schedule =
  /** The same every week: Monday first, each day's ranges in order. */
  | { kind: 'weekly'; days: OpenRange[][] }
  /**
   * Hours that change with dates (months, public holidays, single days): no weekly table says them truthfully, so
   * they are shown as written and no one is told "open now".
   */
  | { kind: 'irregular'; text: string };

const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;

/**
 * Any week works for hours that are the same every week; this one (a Monday in January) has no daylight-saving
 * change in the zones of the build machines we know, so local midnight to midnight is exactly 24 hours.
 */
const referenceMonday = () => new Date(2024, 0, 8);

/**
 * Throws the library's own explanation, pointing at the faulty part of the value, when it cannot be read
 * (`readOpeningHours`, shared with the CMS and the snapshot check, which refuse such values before a build).
 */
export function parseSchedule(value: string): Schedule {
  const hours = readOpeningHours(value);
  if (!hours.isWeekStable()) return { kind: 'irregular', text: value.trim() };
  const monday = referenceMonday();
  const nextMonday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7);
  const days: OpenRange[][] = Array.from({ length: 7 }, () => []);
  for (const [start, end, uncertain, comment] of hours.getOpenIntervals(monday, nextMonday)) {
    let from = minutesSince(monday, start);
    const to = Math.min(minutesSince(monday, end), minutesPerWeek);
    // A range past midnight ("Fr 22:00-02:00") belongs to two days; readers look hours up by day.
    while (from < to) {
      const day = Math.floor(from / minutesPerDay);
      const dayEnd = Math.min(to, (day + 1) * minutesPerDay);
      days[day]?.push({ from: from - day * minutesPerDay, to: dayEnd - day * minutesPerDay, uncertain, comment: comment ?? undefined });
      from = dayEnd;
    }
  }
  return { kind: 'weekly', days };
}

function minutesSince(start: Date, instant: Date): number {
  return Math.round((instant.getTime() - start.getTime()) / 60_000);
}

/** Whether every day is open round the clock, for "Open 24 hours, every day". */
export function isAlwaysOpen(days: readonly OpenRange[][]): boolean {
  return days.every((ranges) => ranges.length === 1 && ranges[0]?.from === 0 && ranges[0].to === minutesPerDay && !ranges[0].uncertain);
}

/** "08:00", and "24:00" for the end of a day. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
