import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.ts';

const months = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

describe('formatDate', () => {
  it('puts day, month and year in the order the language’s pattern gives', () => {
    expect(formatDate('2026-03-05T00:00:00Z', { months, longDate: '{day} de {month} de {year}' })).toBe('5 de marzo de 2026');
    expect(formatDate('2026-03-05T00:00:00Z', { months, longDate: '{month} {day}, {year}' })).toBe('marzo 5, 2026');
  });

  it('keeps the calendar day of a date stored at midnight UTC, and of one late in a UTC day', () => {
    expect(formatDate('2026-10-01T00:00:00Z', { months, longDate: '{day} {month} {year}' })).toBe('1 octubre 2026');
    expect(formatDate('2026-09-30T23:59:59Z', { months, longDate: '{day} {month} {year}' })).toBe('30 septiembre 2026');
  });
});
