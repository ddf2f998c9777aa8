import { describe, expect, it } from 'vitest';
import { calendarDayIn, formatAdminDate, formatAdminDateTime, formatCalendarDay } from './adminDates.ts';

describe('admin dates', () => {
  const publishedAt = '2026-12-05T12:15:00Z';

  it('write the day, month and year as each admin language does, never month first in Spanish or French', () => {
    expect(formatAdminDate(publishedAt, 'es', { timeZone: 'UTC' })).toBe('5 dic 2026');
    expect(formatAdminDate(publishedAt, 'fr', { timeZone: 'UTC' })).toBe('5 déc. 2026');
    expect(formatAdminDate(publishedAt, 'en', { timeZone: 'UTC' })).toBe('Dec 5, 2026');
  });

  it('show a moment in the time zone asked for', () => {
    expect(formatAdminDateTime(publishedAt, 'es', { timeZone: 'America/Tegucigalpa' })).toBe('5 dic 2026, 6:15');
    expect(formatAdminDateTime(publishedAt, 'fr', { timeZone: 'America/Port-au-Prince' })).toBe('5 déc. 2026, 07:15');
    expect(formatAdminDateTime(publishedAt, 'en', { timeZone: 'UTC' })).toBe('Dec 5, 2026, 12:15 PM');
  });

  it('keep a calendar day stored as midnight UTC on its day where the clock is behind UTC', () => {
    const reviewedOn = '2026-11-02T00:00:00Z';
    expect(formatAdminDate(reviewedOn, 'es', { timeZone: 'America/Tegucigalpa' })).toBe('1 nov 2026');
    expect(formatCalendarDay(reviewedOn, 'es')).toBe('2 nov 2026');
  });

  it('fall back to English for a language the admin does not offer', () => {
    expect(formatCalendarDay('2026-11-02T00:00:00Z', 'de')).toBe('Nov 2, 2026');
  });

  it('date a review by the day it is where it was made, stored as that day', () => {
    const eveningInHonduras = new Date('2026-11-03T01:00:00Z');
    expect(calendarDayIn(eveningInHonduras, 'America/Tegucigalpa')).toBe('2026-11-02T00:00:00.000Z');
    expect(formatCalendarDay(calendarDayIn(eveningInHonduras, 'America/Tegucigalpa'), 'es')).toBe('2 nov 2026');
    expect(calendarDayIn(eveningInHonduras, 'Europe/Madrid')).toBe('2026-11-03T00:00:00.000Z');
  });
});
