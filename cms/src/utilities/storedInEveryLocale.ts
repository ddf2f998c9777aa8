import type { CollectionSlug, PayloadRequest } from 'payload';
import { keepRequestLocale } from './keepRequestLocale.ts';

type Values = Record<string, unknown>;

// Keyed by the save's `originalDoc`: every beforeChange hook of one save gets the same object, and the next save a
// new one, so the hooks that compare languages share one read without ever seeing a stale document.
const readsBySave = new WeakMap<object, Promise<Values>>();

/**
 * The stored document (its latest version, drafts included) in every language, as it was before the save in
 * progress: what the hooks that check or track languages compare the save against. Read once per save.
 */
export function storedInEveryLocale(
  req: PayloadRequest,
  collection: CollectionSlug,
  originalDoc: { id?: number | string } | undefined,
): Promise<Values> | undefined {
  const id = originalDoc?.id;
  if (!originalDoc || id === undefined) return undefined;
  let read = readsBySave.get(originalDoc);
  if (!read) {
    read = readStored(req, collection, id);
    readsBySave.set(originalDoc, read);
  }
  return read;
}

/**
 * With drafts, the latest version's row is what `findByID` with `draft: true` gives (the newest draft, or the
 * document as published), in one query instead of the document then its drafts, and without the pass that shapes a
 * document for readers (the hooks compare stored values). A document with no version yet is read whole.
 */
async function readStored(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<Values> {
  if (req.payload.collections[collection].config.versions?.drafts) {
    const { docs } = await req.payload.db.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      limit: 1,
      pagination: false,
      locale: 'all',
      req,
    });
    const latest = docs[0]?.version as Values | undefined;
    if (latest) return { ...latest, id };
  }
  return keepRequestLocale(req, () =>
    req.payload.findByID({ collection, id, locale: 'all', depth: 0, draft: true, overrideAccess: true, req }),
  ) as unknown as Promise<Values>;
}
