import type { UiStringKey, UiStrings } from './strings.ts';

/** The words a language writes dates and opening hours with, from its strings file. */
export interface CalendarWords {
  /** Monday first, as opening hours count days. */
  weekdays: readonly string[];
  /** January first. */
  months: readonly string[];
  /** A long date with {day}, {month} and {year}, in the language's order ("{day} de {month} de {year}"). */
  longDate: string;
}

const weekdayKeys = [
  'weekday.monday',
  'weekday.tuesday',
  'weekday.wednesday',
  'weekday.thursday',
  'weekday.friday',
  'weekday.saturday',
  'weekday.sunday',
] as const satisfies readonly UiStringKey[];

const monthKeys = [
  'month.january',
  'month.february',
  'month.march',
  'month.april',
  'month.may',
  'month.june',
  'month.july',
  'month.august',
  'month.september',
  'month.october',
  'month.november',
  'month.december',
] as const satisfies readonly UiStringKey[];

export function calendarWords(strings: UiStrings): CalendarWords {
  return {
    weekdays: weekdayKeys.map((key) => strings[key]),
    months: monthKeys.map((key) => strings[key]),
    longDate: strings['date.long'],
  };
}
