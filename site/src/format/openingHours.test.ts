import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from './openingHours.ts';

describe('parseOpeningHours', () => {
  it('groups days with the same hours and lists closed days', () => {
    expect(parseOpeningHours('Mo-Fr 08:00-16:00; Sa 08:00-12:00')).toEqual([
      { fromDay: 0, toDay: 4, times: ['08:00–16:00'] },
      { fromDay: 5, toDay: 5, times: ['08:00–12:00'] },
      { fromDay: 6, toDay: 6, times: [] },
    ]);
  });

  it('reads day lists, split hours and later rules overriding earlier ones', () => {
    expect(parseOpeningHours('Mo-Sa 09:00-13:00,14:00-17:00; We off; Tu,Th 09:00-12:00')).toEqual([
      { fromDay: 0, toDay: 0, times: ['09:00–13:00', '14:00–17:00'] },
      { fromDay: 1, toDay: 1, times: ['09:00–12:00'] },
      { fromDay: 2, toDay: 2, times: [] },
      { fromDay: 3, toDay: 3, times: ['09:00–12:00'] },
      { fromDay: 4, toDay: 5, times: ['09:00–13:00', '14:00–17:00'] },
      { fromDay: 6, toDay: 6, times: [] },
    ]);
  });

  it('reads a range that wraps around the week', () => {
    expect(parseOpeningHours('Sa-Mo 10:00-14:00')).toEqual([
      { fromDay: 0, toDay: 0, times: ['10:00–14:00'] },
      { fromDay: 1, toDay: 4, times: [] },
      { fromDay: 5, toDay: 6, times: ['10:00–14:00'] },
    ]);
  });

  it('knows 24/7', () => {
    expect(parseOpeningHours('24/7')).toBe('always');
  });

  it('gives up on what it cannot summarise correctly', () => {
    for (const value of ['Mo-Fr 08:00-16:00; PH off', 'Jan-Mar Mo 08:00-12:00', 'Mo-Fr 8-16', 'sunrise-sunset', 'Xx 08:00-10:00']) {
      expect(parseOpeningHours(value), value).toBeUndefined();
    }
  });
});
