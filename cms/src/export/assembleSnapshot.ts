import { defaultLocale, formatProblems, locales, parseSnapshot, SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '@infohub/content-schemas';
import type { RawDocument } from './contentSource.ts';
import { type ExportIndex, type IndexedCollection, type IndexedDocument, perCollection, stampOf } from './exportIndex.ts';
import { mediaPath } from './mediaFilename.ts';
import { findMissingReferences } from './missingReferences.ts';
import { inStableOrder } from './stableOrder.ts';
import {
  type References,
  toSnapshotAlert,
  toSnapshotCountry,
  toSnapshotGuide,
  toSnapshotHub,
  toSnapshotMedia,
  toSnapshotRecruiter,
  toSnapshotService,
  toSnapshotTopic,
} from './toSnapshotDocuments.ts';
import { watchReferences } from './watchedReferences.ts';

/** A snapshot entry kept from the previous export, unchanged, with what the index said about it. */
export interface KeptEntry {
  id: string;
  entry: unknown;
  indexed: IndexedDocument;
}

export interface SnapshotParts {
  settings: RawDocument;
  countries: RawDocument[];
  topics: RawDocument[];
  /** Documents read whole, to convert. Media: only the images published guides show. */
  read: Record<IndexedCollection, RawDocument[]>;
  kept: Record<IndexedCollection, KeptEntry[]>;
  references: References;
}

const converters: Record<IndexedCollection, (document: RawDocument, references: References) => unknown> = {
  guides: toSnapshotGuide,
  services: toSnapshotService,
  hubs: toSnapshotHub,
  alerts: toSnapshotAlert,
  recruiters: toSnapshotRecruiter,
  media: (document) => toSnapshotMedia(document, mediaPath(document)),
};

/**
 * Converts the documents read, adds the entries kept, and validates the whole as one snapshot in stable order. A full
 * and an incremental export both end here, so the same content gives the same snapshot whichever way it was read.
 * Also returns the index's record of every document: its stamp and the references its entry used.
 */
export function assembleSnapshot(
  parts: SnapshotParts,
  { now, sourceDescription }: { now: Date; sourceDescription: string },
): { snapshot: Snapshot; documents: ExportIndex['documents'] } {
  const missing = findMissingReferences(parts.read, parts.references);
  if (missing.length > 0) {
    throw new Error(`The snapshot exported from ${sourceDescription} would not be valid:\n${formatProblems(missing)}`);
  }

  const watched = watchReferences(parts.references);
  const documents: ExportIndex['documents'] = perCollection(() => ({}));
  const entries = perCollection((collection) => {
    const index = documents[collection];
    const converted = parts.read[collection].map((document) => {
      const { value, uses } = watched.watch((references) => converters[collection](document, references));
      index[String(document.id)] = { stamp: stampOf(collection, document), uses };
      return value;
    });
    for (const { id, indexed } of parts.kept[collection]) index[id] = indexed;
    return [...converted, ...parts.kept[collection].map(({ entry }) => entry)];
  });

  const snapshot = inStableOrder(
    parseSnapshot(
      {
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        generatedAt: now.toISOString(),
        demo: parts.settings.demoContent === true,
        defaultLocale,
        locales,
        countries: parts.countries.map(toSnapshotCountry),
        topics: parts.topics.map(toSnapshotTopic),
        ...entries,
      },
      `The snapshot exported from ${sourceDescription}`,
    ),
  );
  return { snapshot, documents };
}
