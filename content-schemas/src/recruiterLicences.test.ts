import { describe, expect, it } from 'vitest';
import { hasLapsed } from './recruiterLicences.ts';

describe('a recruitment licence that has lapsed', () => {
  const licensedUntil = (validUntil?: string) => ({ status: 'licensed' as const, validUntil });

  it('is still valid on its last day, whatever the hour, and lapsed from the next day', () => {
    const lastDay = licensedUntil('2026-10-31T00:00:00.000Z');
    expect(hasLapsed(lastDay, new Date('2026-10-31T23:59:59Z'))).toBe(false);
    expect(hasLapsed(lastDay, new Date('2026-11-01T00:00:00Z'))).toBe(true);
  });

  it('never applies to a licence with no end date, or one the register already says is not licensed', () => {
    const later = new Date('2030-01-01T00:00:00Z');
    expect(hasLapsed(licensedUntil(), later)).toBe(false);
    for (const status of ['suspended', 'revoked', 'expired'] as const) {
      expect(hasLapsed({ status, validUntil: '2026-10-31T00:00:00.000Z' }, later)).toBe(false);
    }
  });
});
