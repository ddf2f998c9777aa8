import { describe, expect, it } from 'vitest';
import { countries, timeZoneOf } from './countries.ts';

describe('timeZoneOf', () => {
  it('gives the country’s zone, and a city’s own where its clocks differ', () => {
    expect(timeZoneOf('CR', 'liberia')).toBe('America/Costa_Rica');
    expect(timeZoneOf('MX', 'tapachula')).toBe('America/Mexico_City');
    expect(timeZoneOf('MX', 'tijuana')).toBe('America/Tijuana');
    expect(timeZoneOf('ZZ')).toBeUndefined();
  });

  it('names only zones the runtime knows', () => {
    const zones = countries.flatMap((country) => [
      country.timeZone,
      ...Object.values('cityTimeZones' in country ? country.cityTimeZones : {}),
    ]);
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });
});
