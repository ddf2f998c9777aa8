import { describe, expect, it } from 'vitest';
import { type CompactWeek, isOpenAt, wallClock } from './openNow.ts';

// Monday to Friday 08:00–12:00 and 13:00–17:00.
const officeWeek: CompactWeek = [
  ...Array.from({ length: 5 }, (): [number, number][] => [
    [480, 720],
    [780, 1020],
  ]),
  [],
  [],
];

describe('isOpenAt', () => {
  it('reads the place’s clock, not the phone’s: 15:30 UTC on a Monday is 09:30 in Costa Rica, open', () => {
    expect(isOpenAt(officeWeek, new Date('2026-11-23T15:30:00Z'), 'America/Costa_Rica')).toBe(true);
    expect(isOpenAt(officeWeek, new Date('2026-11-23T15:30:00Z'), 'Asia/Tokyo')).toBe(false);
  });

  it('is closed over the lunch break and opens again at its end', () => {
    expect(isOpenAt(officeWeek, new Date('2026-11-23T18:30:00Z'), 'America/Costa_Rica')).toBe(false);
    expect(isOpenAt(officeWeek, new Date('2026-11-23T19:00:00Z'), 'America/Costa_Rica')).toBe(true);
  });

  it('takes the closing minute as closed', () => {
    expect(isOpenAt(officeWeek, new Date('2026-11-23T23:00:00Z'), 'America/Costa_Rica')).toBe(false);
  });

  it('counts the day in the place’s zone: Saturday 01:00 UTC is still Friday evening in Guatemala', () => {
    expect(wallClock(new Date('2026-11-28T01:00:00Z'), 'America/Guatemala')).toEqual({ day: 4, minute: 19 * 60 });
  });

  it('finds an always-open week open at midnight', () => {
    const always: CompactWeek = Array.from({ length: 7 }, () => [[0, 1440]]);
    expect(isOpenAt(always, new Date('2026-11-23T06:00:00Z'), 'America/Costa_Rica')).toBe(true);
  });
});
