import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload';
import { relationId } from '../utilities/relationId.ts';

/**
 * For uploads: signed-in users read every file; the public only those a published document shows (a guide's
 * image), with their alt text. An image chosen for a draft, or only for a published guide's unpublished changes,
 * stays private until that version is published. The public site serves its own copies from the snapshot; this
 * keeps `/api/media` and its files from showing what is not published yet.
 */
export const referencedByPublishedOrAuthenticated =
  (uploadCollection: string): Access =>
  async ({ req }) => {
    if (req.user) return true;
    // Populating the images of a page of guides asks once per image: look the published ones up once per request.
    const cached = shownByRequest.get(req);
    const lookup = cached?.get(uploadCollection) ?? idsShownByPublishedDocuments(req, uploadCollection);
    shownByRequest.set(req, new Map(cached).set(uploadCollection, lookup));
    const ids = await lookup;
    // `in` with an empty list is not a query every database adapter accepts: match no document instead.
    return ids.length > 0 ? { id: { in: ids } } : { id: { exists: false } };
  };

const shownByRequest = new WeakMap<PayloadRequest, Map<string, Promise<(number | string)[]>>>();

/** Ids of `target` documents that a top-level upload field of a published document points at. */
async function idsShownByPublishedDocuments(req: PayloadRequest, target: string): Promise<(number | string)[]> {
  const ids = new Set<number | string>();
  for (const config of req.payload.config.collections) {
    const fields = config.flattenedFields.filter((field) => field.type === 'upload' && field.relationTo === target && !field.hasMany);
    if (fields.length === 0) continue;
    const published: Where[] = config.versions?.drafts ? [{ _status: { equals: 'published' } }] : [];
    const { docs } = await req.payload.find({
      collection: config.slug as CollectionSlug,
      // The stored document is the published version; unpublished changes live in the versions.
      draft: false,
      where: { and: [...published, { or: fields.map((field) => ({ [field.name]: { exists: true } })) }] },
      select: Object.fromEntries(fields.map((field) => [field.name, true])),
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    });
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      for (const field of fields) {
        const id = relationId(doc[field.name]);
        if (id !== undefined) ids.add(id);
      }
    }
  }
  return [...ids];
}
