import { describeOpeningHoursProblem } from '../checks/openingHours.ts';
import { formatMinutes, minutesPerDay, weeklyOpenRanges } from '../weeklyHours.ts';
import { hsdsId } from './ids.ts';
import type { HsdsSchedule } from './records.ts';

/**
 * Opening hours between OpenStreetMap `opening_hours` syntax (what editors write, read by the `opening_hours`
 * library) and HSDS schedules (iCal recurrence: one schedule per time range, `freq: WEEKLY`, the days in `byday`).
 * Hours that are the same every week become weekly schedules; hours that change with dates (months, public
 * holidays, single days) have no truthful weekly form, so they are given as written, in one schedule's `description`.
 */

const icalDays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const osmDays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

interface DayRange {
  from: number;
  to: number;
  comment: string | undefined;
}

export function hsdsSchedules(openingHours: string, owner: { serviceId: string; utcOffsetHours?: number | undefined }): HsdsSchedule[] {
  const week = weeklyOpenRanges(openingHours);
  const common = { service_id: owner.serviceId, ...(owner.utcOffsetHours !== undefined ? { timezone: owner.utcOffsetHours } : {}) };
  if (!week) {
    return [{ id: hsdsId('schedule', owner.serviceId, 'as-written'), ...common, description: openingHours.trim() }];
  }
  const groups = new Map<string, { range: DayRange; days: number[] }>();
  for (const [day, ranges] of week.entries()) {
    // A range with a comment ("cita previa"), which OSM reads as "maybe open", keeps its comment in the schedule's
    // `notes`; a bare "unknown" is left out, since HSDS has no way to say "maybe".
    for (const range of ranges.filter((candidate) => !candidate.uncertain || candidate.comment !== undefined)) {
      const key = JSON.stringify([range.from, range.to, range.comment ?? null]);
      const group = groups.get(key) ?? { range, days: [] };
      group.days.push(day);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.range.from - b.range.from || (a.days[0] ?? 0) - (b.days[0] ?? 0) || a.range.to - b.range.to)
    .map(({ range, days }) => {
      const byday = days.map((day) => icalDays[day]).join(',');
      const opens = formatMinutes(range.from);
      const closes = formatMinutes(range.to);
      return {
        id: hsdsId('schedule', owner.serviceId, byday, opens, closes, range.comment ?? ''),
        ...common,
        freq: 'WEEKLY' as const,
        byday,
        opens_at: opens,
        closes_at: closes,
        ...(range.comment !== undefined ? { notes: range.comment } : {}),
      };
    });
}

/** `08:00`, `08:00:00`, `08:00Z` or `08:00-05:00` in minutes after midnight (the offset is the schedule's `timezone`). */
function readTime(value: string | undefined): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(value ?? '');
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= minutesPerDay ? minutes : undefined;
}

export type SchedulesReading = { openingHours: string | undefined; problems: { field: string; message: string }[] };

/**
 * HSDS schedules back to OSM `opening_hours`: weekly schedules become one rule per set of days with the same
 * ranges ("Mo-Fr 08:00-12:00,13:00-17:00; Sa 08:00-12:00"); a schedule without recurrence whose description is
 * OSM syntax (as we export date-dependent hours) is taken as written. Anything else is a problem for an editor.
 */
export function openingHoursFromSchedules(schedules: readonly HsdsSchedule[]): SchedulesReading {
  if (schedules.length === 0) return { openingHours: undefined, problems: [] };
  const asWritten = schedules.find((schedule) => schedule.freq === undefined && schedule.description !== undefined);
  if (schedules.length === 1 && asWritten?.description !== undefined) {
    const problem = describeOpeningHoursProblem(asWritten.description);
    return problem
      ? { openingHours: undefined, problems: [{ field: 'schedules[0].description', message: `has no weekly recurrence and ${problem}` }] }
      : { openingHours: asWritten.description, problems: [] };
  }
  const problems: SchedulesReading['problems'] = [];
  const days: DayRange[][] = Array.from({ length: 7 }, () => []);
  schedules.forEach((schedule, index) => {
    const field = `schedules[${index}]`;
    const from = readTime(schedule.opens_at);
    const to = readTime(schedule.closes_at);
    const dayIndexes = (schedule.byday ?? '').split(',').map((day) => icalDays.indexOf(day.trim() as (typeof icalDays)[number]));
    if (schedule.freq !== 'WEEKLY' || dayIndexes.some((day) => day < 0) || from === undefined || to === undefined || from >= to) {
      problems.push({
        field,
        message:
          'is not a weekly schedule infohub can read (freq "WEEKLY", byday such as "MO,TU", opens_at and closes_at as HH:MM, opening before closing): write these hours in OpenStreetMap opening_hours syntax by hand',
      });
      return;
    }
    for (const day of dayIndexes) days[day]?.push({ from, to, comment: schedule.notes });
  });
  if (problems.length > 0) return { openingHours: undefined, problems };
  return { openingHours: osmRules(days), problems: [] };
}

function osmRules(days: DayRange[][]): string | undefined {
  const byRanges = new Map<string, number[]>();
  days.forEach((ranges, day) => {
    if (ranges.length === 0) return;
    const sorted = [...ranges].sort((a, b) => a.from - b.from);
    const key = sorted.map((range) => `${formatMinutes(range.from)}-${formatMinutes(range.to)}\u0000${range.comment ?? ''}`).join('\u0001');
    byRanges.set(key, [...(byRanges.get(key) ?? []), day]);
  });
  const rules = [...byRanges.entries()].map(([key, ruleDays]) => {
    // Ranges with different comments cannot share one rule; OSM's additional rule (", ") adds them without
    // overriding the first.
    const byComment = new Map<string, string[]>();
    for (const part of key.split('\u0001')) {
      const [range = '', comment = ''] = part.split('\u0000');
      byComment.set(comment, [...(byComment.get(comment) ?? []), range]);
    }
    const dayList = osmDayList(ruleDays);
    return [...byComment.entries()]
      .map(([comment, ranges]) => `${dayList} ${ranges.join(',')}${comment ? ` "${comment.replace(/"/g, "'")}"` : ''}`)
      .join(', ');
  });
  return rules.length > 0 ? rules.join('; ') : undefined;
}

/** Monday to Friday as "Mo-Fr", Tuesday and Thursday as "Tu,Th". */
function osmDayList(days: readonly number[]): string {
  const runs: number[][] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last.at(-1) === day - 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${osmDays[run[0] ?? 0]}-${osmDays[run.at(-1) ?? 0]}`] : run.map((day) => osmDays[day] ?? '')))
    .join(',');
}
