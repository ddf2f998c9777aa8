import { z } from 'zod';
import { isRecord } from '../utilities/isRecord.ts';
import type { RawDocument } from './contentSource.ts';
import type { References } from './toSnapshotDocuments.ts';

/**
 * Beside each snapshot an export writes what it exported: per document the database row's stamp and the references
 * its entry used, and the references themselves. An incremental export compares this with the database to read only
 * what changed. The index names the snapshot it describes by hash: a snapshot replaced without its index (a crash
 * between the two writes, a copy by hand) is never taken for the one the index describes.
 */
export const exportIndexFile = 'export-index.json';

/** Collections whose snapshot entries are kept by id. Countries and topics are few and read whole every time. */
export const indexedCollections = ['guides', 'services', 'hubs', 'alerts', 'recruiters', 'media'] as const;
export type IndexedCollection = (typeof indexedCollections)[number];

/** One value per indexed collection. */
export function perCollection<T>(make: (collection: IndexedCollection) => T): Record<IndexedCollection, T> {
  return {
    guides: make('guides'),
    services: make('services'),
    hubs: make('hubs'),
    alerts: make('alerts'),
    recruiters: make('recruiters'),
    media: make('media'),
  };
}

/**
 * The fields that tell whether a document's snapshot entry may be kept: `updatedAt`, and what changes without it.
 * Marking a document reviewed writes the review group and keeps `updatedAt` (review/markReviewed.ts); deleting a
 * country, topic or image empties the references to it in the database, with no save.
 */
export const stampFields: Record<IndexedCollection, readonly string[]> = {
  guides: ['updatedAt', 'slug', 'country', 'topic', 'image', 'review'],
  services: ['updatedAt', 'country', 'review'],
  hubs: ['updatedAt', 'country', 'review'],
  alerts: ['updatedAt', 'country'],
  recruiters: ['updatedAt', 'country'],
  media: ['updatedAt', 'filename'],
};

/** The stamp as text, with object keys sorted so that a whole read and a `select` give the same text. */
export function stampOf(collection: IndexedCollection, document: RawDocument): string {
  const values = stampFields[collection].map((field) => document[field] ?? null);
  return JSON.stringify(values, (_key, value: unknown) =>
    isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
}

const indexedDocumentSchema = z.strictObject({ stamp: z.string(), uses: z.array(z.string()) });
export type IndexedDocument = z.infer<typeof indexedDocumentSchema>;
const documentsSchema = z.record(z.string(), indexedDocumentSchema);

export const exportIndexSchema = z.strictObject({
  format: z.literal('infohub-export-index'),
  version: z.literal(1),
  /** The exporting code's fingerprint: entries converted by other code are not kept. */
  exporter: z.string(),
  snapshotSha256: z.string(),
  references: z.strictObject({
    countrySlugs: z.record(z.string(), z.string()),
    topicSlugs: z.record(z.string(), z.string()),
    guides: z.record(z.string(), z.strictObject({ country: z.string(), slug: z.string(), countryLocales: z.array(z.string()) })),
    mediaIds: z.array(z.string()),
  }),
  documents: z.strictObject({
    guides: documentsSchema,
    services: documentsSchema,
    hubs: documentsSchema,
    alerts: documentsSchema,
    recruiters: documentsSchema,
    media: documentsSchema,
  }),
});
export type ExportIndex = z.infer<typeof exportIndexSchema>;

export function saveReferences(references: References): ExportIndex['references'] {
  return {
    countrySlugs: Object.fromEntries(references.countrySlugs),
    topicSlugs: Object.fromEntries(references.topicSlugs),
    guides: Object.fromEntries([...references.guides].map(([id, guide]) => [id, { ...guide, countryLocales: [...guide.countryLocales] }])),
    mediaIds: [...references.mediaIds],
  };
}

export function loadReferences(saved: ExportIndex['references']): References {
  return {
    countrySlugs: new Map(Object.entries(saved.countrySlugs)),
    topicSlugs: new Map(Object.entries(saved.topicSlugs)),
    guides: new Map(Object.entries(saved.guides)),
    mediaIds: new Set(saved.mediaIds),
  };
}
