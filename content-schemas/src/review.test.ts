import { describe, expect, it } from 'vitest';
import { nextReviewDue, reviewState } from './review.ts';

const now = new Date('2026-11-23T12:00:00Z');

describe('next review due', () => {
  it('adds the document’s own interval to its last review', () => {
    expect(nextReviewDue({ lastReviewedAt: '2026-10-01T00:00:00Z', reviewIntervalDays: 10 }, 'guides')?.toISOString()).toBe(
      '2026-10-11T00:00:00.000Z',
    );
  });

  it('uses the collection’s interval when the document has none: 180 days for guides, 90 for services and hubs', () => {
    const review = { lastReviewedAt: '2026-01-01T00:00:00Z', reviewIntervalDays: null };
    expect(nextReviewDue(review, 'guides')?.toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(nextReviewDue(review, 'services')?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(nextReviewDue(review, 'hubs')?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('has no due date for a document never reviewed', () => {
    expect(nextReviewDue({}, 'guides')).toBeUndefined();
    expect(nextReviewDue({ lastReviewedAt: 'not a date' }, 'guides')).toBeUndefined();
  });
});

describe('review state', () => {
  it('is overdue once the due moment has passed, due soon within 30 days, current after that', () => {
    expect(reviewState({ lastReviewedAt: '2026-11-13T11:59:59Z', reviewIntervalDays: 10 }, 'guides', now)).toBe('overdue');
    expect(reviewState({ lastReviewedAt: '2026-11-13T12:00:00Z', reviewIntervalDays: 10 }, 'guides', now)).toBe('due-soon');
    expect(reviewState({ lastReviewedAt: '2026-11-22T00:00:00Z', reviewIntervalDays: 31 }, 'guides', now)).toBe('due-soon');
    expect(reviewState({ lastReviewedAt: '2026-11-22T00:00:00Z', reviewIntervalDays: 32 }, 'guides', now)).toBe('current');
    expect(reviewState({}, 'hubs', now)).toBe('never-reviewed');
  });
});
