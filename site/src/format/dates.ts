import type { CalendarWords } from '~/i18n/calendarWords.ts';

/**
 * A date as readers of a language write it ("5 de marzo de 2026", "1 oktòb 2026"). The day is the UTC one, because
 * review dates are calendar days stored at midnight UTC and must not move to the day before in the Americas.
 */
export function formatDate(isoDateTime: string, words: Pick<CalendarWords, 'months' | 'longDate'>): string {
  const date = new Date(isoDateTime);
  const parts: Record<string, string> = {
    day: String(date.getUTCDate()),
    month: words.months[date.getUTCMonth()] ?? '',
    year: String(date.getUTCFullYear()),
  };
  return words.longDate.replace(/\{(day|month|year)\}/g, (_, name: string) => parts[name] ?? '');
}
