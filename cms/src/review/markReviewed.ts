import { isReviewedCollection, nextReviewDue, type ReviewedCollection, timeZoneOf } from '@infohub/content-schemas';
import { APIError, type Endpoint, Forbidden, NotFound, type Payload, type PayloadRequest } from 'payload';
import { calendarDayIn } from '../i18n/adminDates.ts';
import type { User } from '../payload-types.ts';
import { notePublicChange } from '../readCache/contentGeneration.ts';
import { isRecord } from '../utilities/isRecord.ts';
import { relationId } from '../utilities/relationId.ts';
import { mayMarkReviewed } from './mayMarkReviewed.ts';

/**
 * What else happens once a published document is marked reviewed: the public site shows the review date and
 * whether one is overdue, so the publishing plugin rebuilds its pages (given where the CMS is assembled, so this
 * folder does not import publishing).
 */
export type AfterReview = (args: {
  payload: Payload;
  collection: ReviewedCollection;
  doc: { id: number | string; slug?: string | null };
}) => Promise<void>;

export interface MarkedReview {
  lastReviewedAt: string;
  reviewedBy: string | null;
  nextReviewDueAt: string | null;
}

/**
 * Confirms that a guide, service or hub is still current, for every language at once, without a content change.
 *
 * The review group is not localized, so one write covers all languages. It goes through the database adapter, not
 * `payload.update`: an update would save a new version (over an unpublished draft, or publishing it), run the
 * content hooks (a translation would look outdated) and bump `updatedAt`. Instead the published document and the
 * latest version (the draft the edit view shows, or the published one) get the new review fields in place and
 * nothing else, so publishing a pending draft later keeps this review.
 */
export async function markReviewed({
  payload,
  collection,
  id,
  user,
  now = new Date(),
  req,
  afterReview,
}: {
  payload: Payload;
  collection: ReviewedCollection;
  id: number | string;
  user: User;
  now?: Date;
  req?: Partial<PayloadRequest>;
  afterReview?: AfterReview;
}): Promise<MarkedReview> {
  // Read as the user: the collection's own read rules apply first (a document they cannot see is not found).
  const doc = await payload.findByID({ collection, id, depth: 0, draft: true, overrideAccess: false, user, req });
  if (!mayMarkReviewed(user, doc.country)) throw new Forbidden(req?.t);

  const lastReviewedAt = await reviewDay(payload, doc.country, now);
  const reviewedBy = user.organization?.trim() || null;
  const reviewOf = (stored: unknown) => {
    const group = isRecord(stored) && isRecord(stored.review) ? stored.review : {};
    const reviewIntervalDays = typeof group.reviewIntervalDays === 'number' ? group.reviewIntervalDays : null;
    const due = nextReviewDue({ lastReviewedAt, reviewIntervalDays }, collection);
    return { lastReviewedAt, reviewedBy, nextReviewDueAt: due?.toISOString() ?? null };
  };

  const main = await payload.db.findOne({ collection, where: { id: { equals: id } }, req });
  if (!main) throw new NotFound(req?.t);
  // `updatedAt: null` tells the adapter to leave the timestamp alone: nothing a reader sees has changed.
  await payload.db.updateOne({ collection, id, data: { review: reviewOf(main), updatedAt: null }, req, returning: false });

  const { docs: latestVersions } = await payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 0,
    pagination: false,
    req,
  });
  for (const version of latestVersions) {
    // The version's own copy of `updatedAt` is a column like any other: null would blank it (and the list's
    // "last modified" cell, read from the versions), so it is written back as stored.
    const storedUpdatedAt = isRecord(version.version) ? version.version.updatedAt : undefined;
    await payload.db.updateVersion({
      collection,
      id: version.id,
      versionData: { version: { review: reviewOf(version.version), updatedAt: storedUpdatedAt ?? null }, updatedAt: null } as never,
      req,
      returning: false,
    });
  }
  // Written past Payload's operations, so its hooks did not see it: the public's cached reads must.
  await notePublicChange(payload, req?.transactionID);
  if (afterReview && (main as { _status?: unknown })._status === 'published') {
    await afterReview({ payload, collection, doc: main as { id: number | string; slug?: string | null } });
  }
  return reviewOf(latestVersions[0]?.version ?? main);
}

/** `POST /api/<guides|services|hubs>/:id/mark-reviewed`: what the admin's "Mark as reviewed" button calls. */
export const markReviewedEndpoint = (afterReview?: AfterReview): Omit<Endpoint, 'root'> => ({
  path: '/:id/mark-reviewed',
  method: 'post',
  handler: async (req) => {
    const collection = req.routeParams?.collection;
    const id = req.routeParams?.id;
    if (typeof collection !== 'string' || !isReviewedCollection(collection) || (typeof id !== 'string' && typeof id !== 'number')) {
      throw new APIError('Only guides, services and hubs are reviewed', 400);
    }
    if (req.user?.collection !== 'users') throw new Forbidden(req.t);
    const review = await markReviewed({ payload: req.payload, collection, id, user: req.user as User, req, afterReview });
    return Response.json({ review });
  },
});

/**
 * The review date is a calendar day (stored as midnight UTC of it): the day it is in the document's country when the
 * reviewer confirms it, so a review at 7 p.m. in Honduras is not dated the next day.
 */
async function reviewDay(payload: Payload, country: unknown, now: Date): Promise<string> {
  const countryId = relationId(country);
  const record =
    countryId === undefined ? null : await payload.findByID({ collection: 'countries', id: countryId, depth: 0, disableErrors: true });
  return calendarDayIn(now, (record?.code && timeZoneOf(record.code)) || 'UTC');
}
