import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';
import { type ContentSource, collectionsWithDrafts, type RawDocument } from './contentSource.ts';

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

export function mediaFilename(media: RawDocument): string {
  const filename = media.filename;
  // Payload stores a bare file name; anything else would let a document point the exporter outside the folder.
  if (typeof filename !== 'string' || filename === '' || path.basename(filename) !== filename) {
    throw new Error(`media #${String(media.id)} has no usable file name (${JSON.stringify(filename)})`);
  }
  return filename;
}
