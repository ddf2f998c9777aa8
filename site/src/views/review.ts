import type { PageContext } from '../i18n/pageContext.ts';

interface Reviewed {
  lastReviewedAt?: string | undefined;
  reviewedBy?: string | undefined;
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
