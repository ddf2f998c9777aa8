/**
 * The opening hours the weekday editor can show: for each day, open or closed, up to two periods and "by
 * appointment", plus what happens on public holidays. It reads and writes the subset of OpenStreetMap
 * `opening_hours` syntax that says exactly this ("Mo-Fr 08:00-12:00,13:00-16:00; Sa 08:00-12:00; PH off"), without
 * the `opening_hours` library, which is over a megabyte and must not reach the admin's pages. Anything else (months,
 * week numbers, "24/7", other comments) is not read: such values stay in the raw field, untouched.
 */

export interface Period {
  /** "08:00". */
  from: string;
  /** "16:00"; "24:00" for midnight at the end of the day. */
  to: string;
}

export interface DaySchedule {
  open: boolean;
  /** One or two periods while open. */
  periods: Period[];
  /** Seen by appointment: with periods, within them; without, at any agreed time. */
  byAppointment: boolean;
}

export interface WeekSchedule {
  /** Monday first. */
  days: DaySchedule[];
  holidaysClosed: boolean;
  /** What readers should know about public holidays, as written ("abre el 15 de septiembre"). */
  holidayNote: string;
}

export const osmDays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** The comment the editor writes for "by appointment", in Spanish like the rest of the content first written. */
export const byAppointmentComment = 'cita previa';
const byAppointmentComments = new Set([byAppointmentComment, 'con cita previa', 'by appointment', 'sur rendez-vous']);

const maxPeriods = 2;
const timePattern = /^([01]\d|2[0-4]):([0-5]\d)$/;

export function closedDay(): DaySchedule {
  return { open: false, periods: [], byAppointment: false };
}

export function emptyWeek(): WeekSchedule {
  return { days: osmDays.map(() => closedDay()), holidaysClosed: false, holidayNote: '' };
}

/** The days a reader can be seen: open, or by appointment. */
export function isAvailable(day: DaySchedule): boolean {
  return (day.open && completePeriods(day).length > 0) || day.byAppointment;
}

/** The periods with both times filled in and in order: the editor may hold a half-typed one. */
export function completePeriods(day: DaySchedule): Period[] {
  if (!day.open) return [];
  return day.periods.filter((period) => isTime(period.from) && isTime(period.to) && minutes(period.from) < minutes(period.to));
}

/** Runs of consecutive days with the same hours, for writing and reading them as "Mo-Fr". */
export function dayRuns(week: WeekSchedule): { first: number; last: number; day: DaySchedule }[] {
  const runs: { first: number; last: number; day: DaySchedule }[] = [];
  week.days.forEach((day, index) => {
    const previous = runs.at(-1);
    if (previous && previous.last === index - 1 && sameHours(previous.day, day)) previous.last = index;
    else runs.push({ first: index, last: index, day });
  });
  return runs.filter((run) => isAvailable(run.day));
}

/** The OSM value for the week; empty when nothing is said (every day closed, nothing about holidays). */
export function writeWeekSchedule(week: WeekSchedule): string {
  const rules = dayRuns(week).map(({ first, last, day }) => {
    const days = first === last ? osmDays[first] : `${osmDays[first]}-${osmDays[last]}`;
    const times = completePeriods(day)
      .map((period) => `${period.from}-${period.to}`)
      .join(',');
    return [days, times, day.byAppointment ? quote(byAppointmentComment) : ''].filter(Boolean).join(' ');
  });
  const note = week.holidayNote.trim();
  if (week.holidaysClosed || note !== '')
    rules.push(['PH', week.holidaysClosed ? 'off' : '', note ? quote(note) : ''].filter(Boolean).join(' '));
  return rules.join('; ');
}

/** The week an OSM value says, or undefined when it says more than the editor can show. */
export function readWeekSchedule(value: string): WeekSchedule | undefined {
  const week = emptyWeek();
  const seen = new Set<string>();
  for (const rule of value.split(';').map((part) => part.trim())) {
    if (rule === '') continue;
    const match = /^([A-Za-z,-]+)(?:\s+([0-9:,-]+|off|closed))?(?:\s+"([^"]*)")?$/.exec(rule);
    if (!match) return undefined;
    const [, selector = '', times, comment] = match;
    if (selector === 'PH') {
      if (seen.has('PH') || (times !== undefined && times !== 'off' && times !== 'closed')) return undefined;
      seen.add('PH');
      week.holidaysClosed = times !== undefined;
      week.holidayNote = comment ?? '';
      continue;
    }
    const days = readDays(selector);
    const day = readDay(times, comment);
    if (!days || !day) return undefined;
    for (const index of days) {
      // A later rule would replace an earlier one for the same day: the editor has one row per day, so refuse.
      if (seen.has(String(index))) return undefined;
      seen.add(String(index));
      week.days[index] = { ...day, periods: day.periods.map((period) => ({ ...period })) };
    }
  }
  return week;
}

function readDays(selector: string): number[] | undefined {
  const days: number[] = [];
  for (const part of selector.split(',')) {
    const [from, to = from] = part.split('-');
    const first = osmDays.indexOf(from as (typeof osmDays)[number]);
    const last = osmDays.indexOf(to as (typeof osmDays)[number]);
    if (first < 0 || last < first || part.split('-').length > 2) return undefined;
    for (let index = first; index <= last; index += 1) days.push(index);
  }
  return days;
}

function readDay(times: string | undefined, comment: string | undefined): DaySchedule | undefined {
  if (comment !== undefined && !byAppointmentComments.has(comment.trim().toLowerCase())) return undefined;
  const byAppointment = comment !== undefined;
  if (times === 'off' || times === 'closed') return byAppointment ? undefined : closedDay();
  if (times === undefined) return byAppointment ? { open: false, periods: [], byAppointment } : undefined;
  const periods: Period[] = [];
  for (const range of times.split(',')) {
    const [from = '', to = '', extra] = range.split('-');
    if (extra !== undefined || !isTime(from) || !isTime(to) || minutes(from) >= minutes(to)) return undefined;
    const previous = periods.at(-1);
    if (previous && minutes(previous.to) > minutes(from)) return undefined;
    periods.push({ from, to });
  }
  if (periods.length > maxPeriods) return undefined;
  return { open: true, periods, byAppointment };
}

function sameHours(a: DaySchedule, b: DaySchedule): boolean {
  const periods = (day: DaySchedule) => completePeriods(day).map((period) => `${period.from}-${period.to}`);
  return a.byAppointment === b.byAppointment && periods(a).join() === periods(b).join() && isAvailable(a) === isAvailable(b);
}

function quote(text: string): string {
  // OSM comments cannot hold a double quote.
  return `"${text.replaceAll('"', "'")}"`;
}

export function isTime(value: string): boolean {
  return timePattern.test(value) && minutes(value) <= 24 * 60;
}

export function minutes(time: string): number {
  const [hours = '0', mins = '0'] = time.split(':');
  return Number(hours) * 60 + Number(mins);
}
