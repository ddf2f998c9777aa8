import {
  defaultLocale,
  dueSoonDays,
  nextReviewDue,
  type ReviewDates,
  type ReviewedCollection,
  type ReviewState,
  reviewedCollections,
  reviewState,
} from '@infohub/content-schemas';
import type { Payload } from 'payload';
import type { AdminLanguage } from '../i18n/adminLanguages.ts';
import type { User } from '../payload-types.ts';
import { isRecord } from '../utilities/isRecord.ts';
import { relationId } from '../utilities/relationId.ts';
import type { DashboardCell, DashboardColumn } from './dashboardColumns.ts';

/** A published guide, service or hub of one of the user's countries, as the dashboard's columns receive it. */
export interface DashboardDocument {
  /** `<collection>:<id>`, unique across the three collections. */
  key: string;
  collection: ReviewedCollection;
  id: number | string;
  countryId: number | string;
  /** The title (guides) or name (services, hubs), in Spanish, which every document has. */
  title: string;
  review: { lastReviewedAt: string | null; reviewedBy: string | null; nextReviewDueAt: string | null };
  reviewState: ReviewState;
  /** The document as read (depth 0, Spanish), for columns that need other fields. */
  raw: Record<string, unknown>;
}

export interface DashboardRow extends DashboardDocument {
  /** The admin's edit page of the document. */
  editPath: string;
  /** By column id, for the columns given to `reviewDashboardData`. */
  cells: Record<string, DashboardCell>;
}

export interface DashboardCountry {
  id: number | string;
  name: string;
  slug: string;
  rows: DashboardRow[];
}

export interface ReviewDashboard {
  dueSoonDays: number;
  columns: Array<Pick<DashboardColumn, 'id' | 'heading'>>;
  countries: DashboardCountry[];
}

const titleField: Record<ReviewedCollection, 'title' | 'name'> = { guides: 'title', services: 'name', hubs: 'name' };

/**
 * What the admin's dashboard shows a user: per country they work on (admins: every country), the published guides,
 * services and hubs whose review is overdue, due within `dueSoonDays`, or that were never reviewed, plus any a
 * column flags for attention. Most urgent first: never reviewed, then by due date. Everything is read as the user,
 * so the collections' access rules apply on top of the country assignment.
 */
export async function reviewDashboardData({
  payload,
  user,
  now,
  columns = [],
  soonDays = dueSoonDays,
  language = 'en',
}: {
  payload: Payload;
  user: User;
  now: Date;
  columns?: readonly DashboardColumn[];
  soonDays?: number;
  /** The admin's language, for the columns' words. */
  language?: AdminLanguage;
}): Promise<ReviewDashboard> {
  const isAdmin = user.roles.includes('admin');
  const assigned = new Set((user.countries ?? []).map((country) => String(relationId(country))));
  const { docs: readableCountries } = await payload.find({
    collection: 'countries',
    locale: defaultLocale,
    depth: 0,
    pagination: false,
    sort: 'slug',
    overrideAccess: false,
    user,
  });
  const countries = readableCountries.filter((country) => isAdmin || assigned.has(String(country.id)));
  if (countries.length === 0) return { dueSoonDays: soonDays, columns: columns.map(({ id, heading }) => ({ id, heading })), countries: [] };

  const documents: DashboardDocument[] = [];
  for (const collection of reviewedCollections) {
    const { docs } = await payload.find({
      collection,
      locale: defaultLocale,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
      where: { and: [{ _status: { equals: 'published' } }, { country: { in: countries.map((country) => country.id) } }] },
    });
    for (const doc of docs as unknown as Record<string, unknown>[]) documents.push(toDashboardDocument(collection, doc, now, soonDays));
  }

  const cellsByColumn = new Map<string, Map<string, DashboardCell>>();
  for (const column of columns) cellsByColumn.set(column.id, await column.cells(documents, { payload, user, language }));

  const adminRoute = payload.config.routes.admin;
  const rows = documents
    .map((document): DashboardRow => {
      const cells: Record<string, DashboardCell> = {};
      for (const [columnId, columnCells] of cellsByColumn) {
        const cell = columnCells.get(document.key);
        if (cell) cells[columnId] = cell;
      }
      return { ...document, editPath: `${adminRoute}/collections/${document.collection}/${document.id}`, cells };
    })
    .filter((row) => row.reviewState !== 'current' || Object.values(row.cells).some((cell) => cell.attention))
    .sort(byUrgency);

  return {
    dueSoonDays: soonDays,
    columns: columns.map(({ id, heading }) => ({ id, heading })),
    countries: countries.map((country) => ({
      id: country.id,
      name: country.name ?? country.slug,
      slug: country.slug,
      rows: rows.filter((row) => String(row.countryId) === String(country.id)),
    })),
  };
}

function toDashboardDocument(collection: ReviewedCollection, doc: Record<string, unknown>, now: Date, soonDays: number): DashboardDocument {
  const group = isRecord(doc.review) ? doc.review : {};
  const review: ReviewDates = {
    lastReviewedAt: typeof group.lastReviewedAt === 'string' ? group.lastReviewedAt : null,
    reviewIntervalDays: typeof group.reviewIntervalDays === 'number' ? group.reviewIntervalDays : null,
  };
  const id = doc.id as number | string;
  return {
    key: `${collection}:${id}`,
    collection,
    id,
    countryId: relationId(doc.country) ?? '',
    title: String(doc[titleField[collection]] ?? doc.slug ?? id),
    review: {
      lastReviewedAt: review.lastReviewedAt ?? null,
      reviewedBy: typeof group.reviewedBy === 'string' ? group.reviewedBy : null,
      // Worked out again rather than read: a document saved before the stored field existed has none.
      nextReviewDueAt: nextReviewDue(review, collection)?.toISOString() ?? null,
    },
    reviewState: reviewState(review, collection, now, soonDays),
    raw: doc,
  };
}

function byUrgency(a: DashboardRow, b: DashboardRow): number {
  const due = (row: DashboardRow) =>
    row.review.nextReviewDueAt === null ? Number.NEGATIVE_INFINITY : Date.parse(row.review.nextReviewDueAt);
  return due(a) - due(b) || a.title.localeCompare(b.title, defaultLocale);
}
