import { readOpeningHours } from './checks/openingHours.ts';
import { rememberByText } from './rememberByText.ts';

/**
 * Opening hours in OpenStreetMap syntax as a plain week, read with the `opening_hours` library: what the site shows
 * as a table (and decides "open now" from) and what the HSDS export writes as weekly schedules.
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

export const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;

/**
 * Any week works for hours that are the same every week; this one (a Monday in January) has no daylight-saving
 * change in the zones of the build machines we know, so local midnight to midnight is exactly 24 hours.
 */
const referenceMonday = () => new Date(2024, 0, 8);

/**
 * Each day's open ranges, Monday first, each day's in order; undefined for hours that change with the dates
 * (months, public holidays, single days), which no weekly table says truthfully. Throws as `readOpeningHours` does
 * on a value it cannot read. The answer is shared with every caller that asks about the same value, so it is frozen.
 */
export const weeklyOpenRanges = rememberByText((value: string): readonly (readonly OpenRange[])[] | undefined => {
  const hours = readOpeningHours(value);
  if (!hours.isWeekStable()) return undefined;
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
  return days;
});

function minutesSince(start: Date, instant: Date): number {
  return Math.round((instant.getTime() - start.getTime()) / 60_000);
}

/** "08:00", and "24:00" for the end of a day. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
