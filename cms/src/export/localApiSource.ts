import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';
import { type ContentSource, collectionsWithDrafts, type RawDocument } from './contentSource.ts';
import { mediaFilename } from './mediaFilename.ts';

/** Reads through Payload's Local API in this process, with the public's access (`overrideAccess: false`, no user). */
export function localApiSource(payload: Payload, { mediaDir, description }: { mediaDir: string; description: string }): ContentSource {
  return {
    description,
    async findPublished(collection) {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        depth: 0,
        draft: false,
        pagination: false,
        overrideAccess: false,
        ...(collectionsWithDrafts.has(collection) ? { where: { _status: { equals: 'published' } } } : {}),
      });
      return docs as unknown as RawDocument[];
    },
    async readSiteSettings() {
      return (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })) as unknown as RawDocument;
    },
    async copyMediaFile(media, destination) {
      await copyFile(path.join(mediaDir, mediaFilename(media)), destination);
    },
  };
}
