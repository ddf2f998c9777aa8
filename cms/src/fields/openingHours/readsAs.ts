import { adminLanguage } from '../../i18n/adminLanguages.ts';
import { openingHoursStrings } from './strings.ts';
import { completePeriods, dayRuns, type WeekSchedule } from './weekSchedule.ts';

/** A Monday, for the weekday names Intl gives in each language. */
const referenceMonday = Date.UTC(2024, 0, 8);

/** The day's name in the admin language ("lunes", "Monday", "lundi"), Monday being 0. */
export function weekdayName(index: number, language: string | undefined): string {
  return new Intl.DateTimeFormat(adminLanguage(language), { weekday: 'long', timeZone: 'UTC' }).format(
    referenceMonday + index * 86_400_000,
  );
}

/** The week as an editor would say it: "lunes a viernes 8:00–12:00 y 13:00–16:00; sábado con cita previa". */
export function readAloud(week: WeekSchedule, language: string | undefined): string {
  const words = openingHoursStrings(language);
  const time = (value: string) => {
    const [hours = '0', minutes = '00'] = value.split(':');
    return words.time(Number(hours), minutes);
  };
  const parts = dayRuns(week).map(({ first, last, day }) => {
    const [firstName, lastName] = [weekdayName(first, language), weekdayName(last, language)];
    const days = first === last ? firstName : last === first + 1 ? words.twoDays(firstName, lastName) : words.dayRange(firstName, lastName);
    const ranges = completePeriods(day).map((period) => `${time(period.from)}–${time(period.to)}`);
    const hours = ranges.length === 2 ? words.periods(ranges[0] ?? '', ranges[1] ?? '') : ranges.join('');
    return [days, hours, day.byAppointment ? words.withAppointment : ''].filter(Boolean).join(' ');
  });
  const note = week.holidayNote.trim();
  if (week.holidaysClosed) parts.push(note ? `${words.holidaysClosedReading} (${note})` : words.holidaysClosedReading);
  else if (note) parts.push(`${words.holidaysReading}: ${note}`);
  return parts.length > 0 ? parts.join('; ') : words.nothingSaid;
}
