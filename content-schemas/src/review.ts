/**
 * When a document readers rely on is due to be confirmed again. Shared by the CMS (the stored "next review due",
 * the editors' dashboard) and the site (the note to readers that a page is overdue), so both say the same thing.
 */

/** The collections whose content a hub confirms from time to time: what readers act on. */
export const reviewedCollections = ['guides', 'services', 'hubs'] as const;
export type ReviewedCollection = (typeof reviewedCollections)[number];

/**
 * How often each kind of document is confirmed when its own interval is not set. Guides explain procedures, fees
 * and rights that change with laws and regulations, a few times a year at most: every 180 days. Services and hubs
 * are phone numbers, addresses, opening hours and whether the place works at all, which change without notice
 * (staff leave, funding ends, a shelter closes) and send a person to a closed door: every 90 days.
 */
export const defaultReviewIntervalDays: Record<ReviewedCollection, number> = { guides: 180, services: 90, hubs: 90 };

/** How far ahead "due soon" looks: a month gives a hub time to check a service by phone or visit. */
export const dueSoonDays = 30;

const dayMs = 86_400_000;

export interface ReviewDates {
  lastReviewedAt?: string | null | undefined;
  reviewIntervalDays?: number | null | undefined;
}

export type ReviewState = 'never-reviewed' | 'overdue' | 'due-soon' | 'current';

export function isReviewedCollection(slug: string): slug is ReviewedCollection {
  return (reviewedCollections as readonly string[]).includes(slug);
}

export function reviewIntervalDays(review: ReviewDates, collection: ReviewedCollection): number {
  const own = review.reviewIntervalDays;
  return typeof own === 'number' && Number.isInteger(own) && own > 0 ? own : defaultReviewIntervalDays[collection];
}

/** The last review plus the interval; undefined for a document never reviewed (or with an unreadable date). */
export function nextReviewDue(review: ReviewDates, collection: ReviewedCollection): Date | undefined {
  if (!review.lastReviewedAt) return undefined;
  const reviewed = Date.parse(review.lastReviewedAt);
  if (Number.isNaN(reviewed)) return undefined;
  return new Date(reviewed + reviewIntervalDays(review, collection) * dayMs);
}

/** Overdue once the due moment has passed; due soon within the next `soonDays`. */
export function reviewState(review: ReviewDates, collection: ReviewedCollection, now: Date, soonDays = dueSoonDays): ReviewState {
  const due = nextReviewDue(review, collection);
  if (due === undefined) return 'never-reviewed';
  if (due.getTime() < now.getTime()) return 'overdue';
  if (due.getTime() < now.getTime() + soonDays * dayMs) return 'due-soon';
  return 'current';
}

/**
 * Whether readers are told a document is past its review date, as of a moment: its last review (or, never reviewed,
 * its last change) plus its interval has passed. The site's note and the shards' fingerprints both ask this.
 */
export function isReviewOverdue(
  document: { lastReviewedAt?: string | undefined; updatedAt: string; reviewIntervalDays?: number | undefined },
  collection: ReviewedCollection,
  at: Date,
): boolean {
  const due = nextReviewDue(
    { lastReviewedAt: document.lastReviewedAt ?? document.updatedAt, reviewIntervalDays: document.reviewIntervalDays },
    collection,
  );
  return due !== undefined && due.getTime() < at.getTime();
}
