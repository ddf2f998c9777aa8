/** A document as the exporter receives it: every language at once (`locale=all`), references as bare ids. */
export type RawDocument = Record<string, unknown>;

export const exportedCollections = ['countries', 'topics', 'guides', 'services', 'hubs', 'alerts', 'media'] as const;
export type ExportedCollection = (typeof exportedCollections)[number];

/** Collections with drafts: only their published versions may leave the CMS. */
export const collectionsWithDrafts: ReadonlySet<ExportedCollection> = new Set(['guides', 'services', 'hubs', 'alerts']);

/**
 * Where published content comes from: the database in this process, or a running CMS over REST. Both read as
 * the public does (no user), so the CMS's access rules decide what is published, not the exporter alone.
 */
export interface ContentSource {
  /** Said in the exporter's report, e.g. "http://127.0.0.1:3000". */
  description: string;
  findPublished(collection: ExportedCollection): Promise<RawDocument[]>;
  readSiteSettings(): Promise<RawDocument>;
  /** Writes an uploaded file's original bytes to `destination`. */
  copyMediaFile(media: RawDocument, destination: string): Promise<void>;
}
