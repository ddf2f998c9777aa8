import { defaultLocale } from '@infohub/content-schemas';
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload';
import { type LocalizedData, localesIn, translationFor, valuesFor } from './localizedData.ts';

/**
 * The Local API's writes, typed for data assembled at run time: Payload's generated types describe one collection
 * and one language at a time, while the seed handles any collection in any language and lets Payload validate it.
 */
interface UntypedWrites {
  create(options: WriteOptions): Promise<LocalizedData & { id: number | string }>;
  update(options: WriteOptions & { id: number | string }): Promise<LocalizedData>;
}
interface WriteOptions {
  collection: CollectionSlug;
  locale: string;
  data: LocalizedData;
  draft: boolean;
  depth: number;
  overrideAccess: boolean;
  req?: PayloadRequest;
}

export type SeedOutcome = { outcome: 'created'; id: number | string; locales: string[] } | { outcome: 'kept'; id: number | string };

/**
 * Creates one document in every language it has, unless a document with the same key exists: the seed never
 * overwrites what editors changed, and running it again writes nothing. Spanish is saved first, then each
 * translation. If a translation is rejected the new document is deleted again, so that the next run does not
 * keep a half-made one (Payload's SQLite adapter runs without transactions: they lock the database file). `req`
 * carries the seed's batch (`seedBatches.ts`) when it writes in one.
 */
export async function seedDocument(
  payload: Payload,
  {
    collection,
    key,
    data,
    draft = false,
    req,
    bulk = false,
  }: {
    collection: CollectionSlug;
    key: Where;
    data: LocalizedData;
    draft?: boolean;
    req?: PayloadRequest;
    /** Each translation saves only its text (`translationFor`), not the whole document as the admin's form does. */
    bulk?: boolean;
  },
): Promise<SeedOutcome> {
  const existing = await payload.find({ collection, where: key, limit: 1, depth: 0, overrideAccess: true, req });
  const found = existing.docs[0];
  if (found) return { outcome: 'kept', id: found.id };

  const fields = payload.collections[collection].config.flattenedFields;
  const locales = localesIn(fields, data);
  const status = payload.collections[collection].config.versions?.drafts ? { _status: draft ? 'draft' : 'published' } : {};
  const writes = payload as unknown as UntypedWrites;
  const created = await writes.create({
    collection,
    locale: defaultLocale,
    data: { ...valuesFor(fields, data, defaultLocale), ...status },
    draft,
    depth: 0,
    overrideAccess: true,
    req,
  });
  try {
    for (const locale of locales.filter((code) => code !== defaultLocale)) {
      await writes.update({
        collection,
        id: created.id,
        locale,
        data: { ...(bulk ? translationFor(fields, data, locale, created) : valuesFor(fields, data, locale, created)), ...status },
        draft,
        depth: 0,
        overrideAccess: true,
        req,
      });
    }
  } catch (error) {
    // In a batch, Payload has rolled the whole batch back on the failed write, the new document with it.
    const where = { id: { equals: created.id } };
    const left = await payload.count({ collection, where, overrideAccess: true, req });
    if (left.totalDocs > 0) await payload.delete({ collection, id: created.id, overrideAccess: true, req });
    throw error;
  }
  return { outcome: 'created', id: created.id, locales };
}
