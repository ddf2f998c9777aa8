import type { CollectionConfig } from 'payload';
import { Alerts } from '../collections/Alerts/index.ts';
import { Countries } from '../collections/Countries/index.ts';
import { Guides } from '../collections/Guides/index.ts';
import { Hubs } from '../collections/Hubs/index.ts';
import { Recruiters } from '../collections/Recruiters/index.ts';
import { Services } from '../collections/Services/index.ts';
import { Topics } from '../collections/Topics/index.ts';

/** A document as the exporter receives it: every language at once (`locale=all`), references as bare ids. */
export type RawDocument = Record<string, unknown>;

export const exportedCollections = ['countries', 'topics', 'guides', 'services', 'hubs', 'alerts', 'recruiters', 'media'] as const;
export type ExportedCollection = (typeof exportedCollections)[number];

/**
 * The configs of the exported collections that could have drafts. Media is left out: it has none, and its module
 * reads the environment (where uploads live), which an export over REST must not. A test compares the result with
 * the running Payload config.
 */
const versionedConfigs: Record<Exclude<ExportedCollection, 'media'>, CollectionConfig> = {
  countries: Countries,
  topics: Topics,
  guides: Guides,
  services: Services,
  hubs: Hubs,
  alerts: Alerts,
  recruiters: Recruiters,
};

/** Collections with drafts, as their configs say: only their published versions may leave the CMS. */
export const collectionsWithDrafts: ReadonlySet<ExportedCollection> = new Set(
  exportedCollections.filter((slug) => slug !== 'media' && hasDrafts(versionedConfigs[slug])),
);

function hasDrafts(config: CollectionConfig): boolean {
  return typeof config.versions === 'object' && Boolean(config.versions.drafts);
}

/** Narrows a read of published documents; without it, every published document is read whole. */
export interface PublishedQuery {
  /** Only these top-level fields and `id` (Payload's `select`): cheap enough to list every published document. */
  fields?: readonly string[];
  /** Only the documents with these ids (those that are still published). */
  ids?: readonly string[];
}

/**
 * Where published content comes from: the database in this process, or a running CMS over REST. Both read as
 * the public does (no user), so the CMS's access rules decide what is published, not the exporter alone.
 */
export interface ContentSource {
  /** Said in the exporter's report, e.g. "http://127.0.0.1:3000". */
  description: string;
  findPublished(collection: ExportedCollection, query?: PublishedQuery): Promise<RawDocument[]>;
  readSiteSettings(): Promise<RawDocument>;
  /** Writes an uploaded file's original bytes to `destination`. */
  copyMediaFile(media: RawDocument, destination: string): Promise<void>;
}
