import type {
  SnapshotAlert,
  SnapshotCountry,
  SnapshotGuide,
  SnapshotHub,
  SnapshotMedia,
  SnapshotPhone,
  SnapshotRecruiter,
  SnapshotService,
  SnapshotTopic,
} from '@infohub/content-schemas';
import { outdatedLocales, readMarkers } from '../translations/translationMarkers.ts';
import { isRecord } from '../utilities/isRecord.ts';
import { relationId } from '../utilities/relationId.ts';
import type { RawDocument } from './contentSource.ts';
import { type GuideAddresses, richTextToHtml } from './richTextToHtml.ts';
import { localizedText, optionalNumber, optionalString, rows, stringList } from './values.ts';

/**
 * One function per collection, from a raw CMS document to its snapshot form. Field names are the same on both
 * sides; what changes is the shape: references become slugs, the review group is flattened, a map point becomes
 * latitude/longitude, rich text becomes HTML. A value that cannot be read is left out for validation to report.
 */
export interface References {
  countrySlugs: ReadonlyMap<string, string>;
  topicSlugs: ReadonlyMap<string, string>;
  guides: GuideAddresses;
  /** Ids of the media that are exported. */
  mediaIds: ReadonlySet<string>;
}

/** Snapshot values are built loosely here and checked as a whole by `parseSnapshot`. */
type Draft<T> = { [K in keyof T]: unknown };

export function toSnapshotCountry(doc: RawDocument): Draft<SnapshotCountry> {
  return {
    code: doc.code,
    slug: doc.slug,
    name: localizedText(doc.name),
    locales: stringList(doc.locales),
    emergencyNumbers: rows(doc.emergencyNumbers).map((row) => ({ label: localizedText(row.label), number: row.number })),
  };
}

export function toSnapshotTopic(doc: RawDocument): Draft<SnapshotTopic> {
  return {
    slug: doc.slug,
    kind: doc.kind,
    title: localizedText(doc.title),
    description: localizedText(doc.description),
    order: optionalNumber(doc.order) ?? 0,
  };
}

export function toSnapshotGuide(doc: RawDocument, references: References): Draft<SnapshotGuide> {
  const image = relationId(doc.image);
  return {
    id: String(doc.id),
    slug: doc.slug,
    country: slugOf(doc.country, references.countrySlugs),
    topic: slugOf(doc.topic, references.topicSlugs),
    audiences: stringList(doc.audiences),
    title: localizedText(doc.title),
    summary: localizedText(doc.summary),
    bodyHtml: richTextToHtml(doc.body, references.guides),
    requiredDocuments: rows(doc.requiredDocuments).map((row) => ({ name: localizedText(row.name), details: localizedText(row.details) })),
    steps: rows(doc.steps).map((row) => ({ title: localizedText(row.title), details: localizedText(row.details) })),
    cost: localizedText(doc.cost),
    processingTime: localizedText(doc.processingTime),
    whereToApply: localizedText(doc.whereToApply),
    officialSources: rows(doc.officialSources).map((row) => ({ title: localizedText(row.title), url: row.url })),
    image: image !== undefined && references.mediaIds.has(String(image)) ? String(image) : undefined,
    ...review(doc),
    translation: translation(doc),
  };
}

export function toSnapshotService(doc: RawDocument, references: References): Draft<SnapshotService> {
  return {
    id: String(doc.id),
    slug: doc.slug,
    country: slugOf(doc.country, references.countrySlugs),
    organization: doc.organization,
    name: localizedText(doc.name),
    description: localizedText(doc.description),
    category: doc.category,
    city: doc.city,
    address: localizedText(doc.address),
    location: location(doc.location),
    phones: phones(doc.phones),
    email: optionalString(doc.email),
    website: optionalString(doc.website),
    openingHours: optionalString(doc.openingHours),
    status: doc.status,
    languages: stringList(doc.languages),
    fees: localizedText(doc.fees),
    eligibility: localizedText(doc.eligibility),
    ...review(doc),
    translation: translation(doc),
  };
}

export function toSnapshotHub(doc: RawDocument, references: References): Draft<SnapshotHub> {
  return {
    id: String(doc.id),
    slug: doc.slug,
    country: slugOf(doc.country, references.countrySlugs),
    name: localizedText(doc.name),
    municipality: doc.municipality,
    address: localizedText(doc.address),
    description: localizedText(doc.description),
    openingHours: optionalString(doc.openingHours),
    phones: phones(doc.phones),
    email: optionalString(doc.email),
    modalities: stringList(doc.modalities),
    ...review(doc),
    translation: translation(doc),
  };
}

export function toSnapshotAlert(doc: RawDocument, references: References): Draft<SnapshotAlert> {
  return {
    id: String(doc.id),
    country: slugOf(doc.country, references.countrySlugs),
    severity: doc.severity,
    title: localizedText(doc.title),
    body: localizedText(doc.body),
    startsAt: doc.startsAt,
    endsAt: optionalString(doc.endsAt),
  };
}

export function toSnapshotRecruiter(doc: RawDocument, references: References): Draft<SnapshotRecruiter> {
  return {
    id: String(doc.id),
    slug: doc.slug,
    country: slugOf(doc.country, references.countrySlugs),
    kind: doc.kind,
    name: doc.name,
    otherNames: rows(doc.otherNames).map((row) => row.name),
    licenceNumber: optionalString(doc.licenceNumber),
    status: doc.status,
    validUntil: optionalString(doc.validUntil),
    authority: doc.authority,
    authorityUrl: doc.authorityUrl,
    destinations: localizedText(doc.destinations),
    sectors: stringList(doc.sectors),
    lastCheckedAt: doc.lastCheckedAt,
    updatedAt: doc.updatedAt,
  };
}

export function toSnapshotMedia(doc: RawDocument, file: string): Draft<SnapshotMedia> {
  return {
    id: String(doc.id),
    file,
    mimeType: doc.mimeType,
    width: doc.width,
    height: doc.height,
    alt: localizedText(doc.alt),
  };
}

function slugOf(reference: unknown, slugs: ReadonlyMap<string, string>): string | undefined {
  const id = relationId(reference);
  return id === undefined ? undefined : slugs.get(String(id));
}

function review(doc: RawDocument) {
  const group = isRecord(doc.review) ? doc.review : {};
  return {
    lastReviewedAt: optionalString(group.lastReviewedAt),
    reviewedBy: optionalString(group.reviewedBy),
    reviewIntervalDays: optionalNumber(group.reviewIntervalDays),
    updatedAt: doc.updatedAt,
  };
}

/** Which translations were written against older Spanish text, from the markers the CMS keeps. */
function translation(doc: RawDocument): { sourceChangedAt: string; outdated: string[] } | undefined {
  const markers = readMarkers(doc.translationStatus);
  const outdated = markers ? outdatedLocales(markers) : [];
  return markers && outdated.length > 0 ? { sourceChangedAt: markers.source.changedAt, outdated } : undefined;
}

function phones(value: unknown): Draft<SnapshotPhone>[] {
  return rows(value).map((row) => ({ number: row.number, type: row.type, label: localizedText(row.label) }));
}

/** Payload stores a point as [longitude, latitude]. */
function location(value: unknown): { latitude: number; longitude: number } | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [longitude, latitude] = value;
  return typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : undefined;
}
