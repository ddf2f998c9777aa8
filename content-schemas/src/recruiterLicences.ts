import type { SnapshotRecruiter } from './snapshot/schema.ts';

/**
 * A licence the register still calls licensed but whose last valid day has passed: readers are told it has expired,
 * since the register may not have been updated yet. Compared by calendar day (UTC): valid until 31 October means
 * valid on 31 October.
 */
export function hasLapsed(recruiter: Pick<SnapshotRecruiter, 'status' | 'validUntil'>, at: Date): boolean {
  return (
    recruiter.status === 'licensed' &&
    recruiter.validUntil !== undefined &&
    recruiter.validUntil.slice(0, 10) < at.toISOString().slice(0, 10)
  );
}
