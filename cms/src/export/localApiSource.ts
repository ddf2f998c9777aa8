import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Payload, Where } from 'payload';
import { type ContentSource, collectionsWithDrafts, type PublishedQuery, type RawDocument } from './contentSource.ts';
import { inBatches } from './inBatches.ts';
import { mediaFilename } from './mediaFilename.ts';

/** Reads through Payload's Local API in this process, with the public's access (`overrideAccess: false`, no user). */
export function localApiSource(payload: Payload, { mediaDir, description }: { mediaDir: string; description: string }): ContentSource {
  return {
    description,
    async findPublished(collection, query: PublishedQuery = {}) {
      const read = async (ids?: readonly string[]) => {
        const conditions: Where[] = [
          ...(collectionsWithDrafts.has(collection) ? [{ _status: { equals: 'published' } }] : []),
          ...(ids ? [{ id: { in: ids } }] : []),
        ];
        const { docs } = await payload.find({
          collection,
          locale: 'all',
          depth: 0,
          draft: false,
          pagination: false,
          overrideAccess: false,
          ...(conditions.length > 0 ? { where: { and: conditions } } : {}),
          ...(query.fields ? { select: Object.fromEntries(query.fields.map((field) => [field, true])) } : {}),
        });
        return docs as unknown as RawDocument[];
      };
      return query.ids ? inBatches(query.ids, 500, read) : read();
    },
    async readSiteSettings() {
      return (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })) as unknown as RawDocument;
    },
    async copyMediaFile(media, destination) {
      await copyFile(path.join(mediaDir, mediaFilename(media)), destination);
    },
  };
}
