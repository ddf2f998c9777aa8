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
    read = keepRequestLocale(req, () =>
      req.payload.findByID({ collection, id, locale: 'all', depth: 0, draft: true, overrideAccess: true, req }),
    ) as unknown as Promise<Values>;
    readsBySave.set(originalDoc, read);
  }
  return read;
}
