import { type AdminLanguage, adminLanguage } from './adminLanguages.ts';

/**
 * Dates and times as each admin language writes them, the way Payload's own admin shows them (its `PP`/`PPp` date
 * formats, see `payload.config.ts`), so a status line and a document header written by different code agree:
 * "5 dic 2026, 6:15" (es), "5 déc. 2026, 06:15" (fr), "Dec 5, 2026, 6:15 AM" (en, as Payload's English writes it).
 *
 * Times are shown in the editor's own time zone (the browser's) unless a `timeZone` is given: Payload's admin formats
 * every date in the browser, and editors work where their country is. Calendar days (a review date) are not moments:
 * use `formatCalendarDay`, which reads the day as stored and shows the same day in every time zone.
 */
const intlLocales: Record<AdminLanguage, string> = { es: 'es', en: 'en-US', fr: 'fr' };

export interface AdminDateOptions {
  /** An IANA zone ("America/Tegucigalpa"); the runtime's own (the browser's, in the admin) when left out. */
  timeZone?: string;
}

type DateInput = Date | string | number;

export function formatAdminDate(date: DateInput, language: string | undefined, options: AdminDateOptions = {}): string {
  return format(date, language, { dateStyle: 'medium', timeZone: options.timeZone });
}

export function formatAdminDateTime(date: DateInput, language: string | undefined, options: AdminDateOptions = {}): string {
  return format(date, language, { dateStyle: 'medium', timeStyle: 'short', timeZone: options.timeZone });
}

/** A calendar day stored as midnight UTC of that day ("reviewed on 2 November"), the same day wherever it is read. */
export function formatCalendarDay(date: DateInput, language: string | undefined): string {
  return format(date, language, { dateStyle: 'medium', timeZone: 'UTC' });
}

/**
 * The calendar day it is at a moment in a time zone, as a calendar day is stored (midnight UTC of that day): what "Mark
 * as reviewed" should record, so a review at 7 p.m. in Honduras (1 a.m. UTC the next day) is dated the day it was made.
 */
export function calendarDayIn(moment: Date, timeZone: string): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(moment)
    .split('-')
    .map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).toISOString();
}

function format(date: DateInput, language: string | undefined, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(intlLocales[adminLanguage(language)], options).format(new Date(date));
}
