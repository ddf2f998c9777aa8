import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.ts';

describe('formatDate', () => {
  it('writes the date the reader’s way', () => {
    expect(formatDate('2026-03-05T00:00:00Z', 'es')).toBe('5 de marzo de 2026');
    expect(formatDate('2026-03-05T00:00:00Z', 'en')).toBe('March 5, 2026');
  });

  it('keeps the calendar day of a date stored at midnight UTC', () => {
    expect(formatDate('2026-10-01T00:00:00Z', 'en')).toBe('October 1, 2026');
  });
});
