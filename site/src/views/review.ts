import { isReviewOverdue, nextReviewDue, type ReviewedCollection } from '@infohub/content-schemas';
import type { PageContext } from '~/i18n/pageContext.ts';

interface Reviewed {
  lastReviewedAt?: string | undefined;
  reviewedBy?: string | undefined;
  reviewIntervalDays?: number | undefined;
  updatedAt: string;
}

/** The honest date line of a guide or hub: when someone last confirmed it (and who), else when it last changed. */
export function reviewNote(document: Reviewed, ctx: PageContext): string {
  if (document.lastReviewedAt === undefined) return ctx.t('review.updated', { date: ctx.formatDate(document.updatedAt) });
  const date = ctx.formatDate(document.lastReviewedAt);
  return document.reviewedBy === undefined
    ? ctx.t('review.lastReviewed', { date })
    : ctx.t('review.lastReviewedBy', { date, organization: document.reviewedBy });
}

/** The same for a service, where hubs check that the phone, address and hours still hold. */
export function verifiedNote(document: Reviewed, ctx: PageContext): string {
  if (document.lastReviewedAt === undefined) return ctx.t('review.updated', { date: ctx.formatDate(document.updatedAt) });
  return ctx.t('service.lastVerified', { date: ctx.formatDate(document.lastReviewedAt) });
}

/**
 * A warning to readers when a page is past its review date (the last review plus its interval, or the collection's,
 * worked out as the CMS does): some details may have changed. A page never reviewed counts from its last change.
 * Decided when the site is built, as of the snapshot's export.
 */
export function overdueReviewNote(document: Reviewed, collection: ReviewedCollection, ctx: PageContext, now: Date): string | undefined {
  if (!isReviewOverdue(document, collection, now)) return undefined;
  const lastConfirmed = document.lastReviewedAt ?? document.updatedAt;
  const due = nextReviewDue({ lastReviewedAt: lastConfirmed, reviewIntervalDays: document.reviewIntervalDays }, collection);
  return due && ctx.t('review.overdue', { date: ctx.formatDate(due.toISOString()) });
}
