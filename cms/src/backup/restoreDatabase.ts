import type { CollectionSlug, FlattenedField, GlobalSlug, Payload, PayloadRequest } from 'payload';
import { createLocalReq } from 'payload';
import { closeTransaction, openTransaction } from '../database/transactions.ts';
import { notePublicChange } from '../readCache/contentGeneration.ts';
import { isRecord } from '../utilities/isRecord.ts';
import type { CmsBackup, StoredVersion } from './backupFormat.ts';
import { backedUpCollections } from './exportBackup.ts';

/** How many documents and versions of each collection a restore wrote. */
export interface RestoredCounts {
  documents: Record<string, number>;
  versions: Record<string, number>;
}

/**
 * Deletes every row and writes the backup's instead, through the database adapter (no hooks: ids, dates,
 * translation markers and versions stay as they were), inside one database transaction that any failure rolls back.
 */
export async function restoreDatabase(payload: Payload, backup: CmsBackup): Promise<RestoredCounts> {
  const req = await createLocalReq({}, payload);
  await openTransaction(payload, req, 'the import');
  const report: RestoredCounts = { documents: {}, versions: {} };
  try {
    const collections = restoreOrder(payload);
    await payload.db.deleteMany({ collection: 'payload-locked-documents', where: {}, req });
    for (const slug of [...collections].reverse()) {
      if (payload.collections[slug].config.versions) await payload.db.deleteVersions({ collection: slug, where: {}, req });
      await payload.db.deleteMany({ collection: slug, where: {}, req });
    }
    for (const slug of collections) {
      const { documents, versions = [] } = backup.collections[slug] ?? { documents: [] };
      for (const document of documents) {
        await writing(`${slug} ${document.id}`, () =>
          payload.db.create({ collection: slug, data: document, customID: document.id, req, returning: false }),
        );
      }
      for (const version of versions) {
        await writing(`${slug} version ${version.id}`, () => restoreVersion(payload, slug, version, req));
      }
      report.documents[slug] = documents.length;
      if (versions.length > 0) report.versions[slug] = versions.length;
    }
    for (const [slug, { document }] of Object.entries(backup.globals)) {
      await writing(`global ${slug}`, () => restoreGlobal(payload, slug as GlobalSlug, document, req));
    }
    await notePublicChange(payload, req.transactionID);
    await closeTransaction(payload, req, 'commit');
    return report;
  } catch (error) {
    await closeTransaction(payload, req, 'rollback');
    throw error;
  }
}

/** Collections in an order where each comes after those it points at, so no write breaks a foreign key. */
export function restoreOrder(payload: Payload): CollectionSlug[] {
  const slugs = backedUpCollections(payload);
  const ordered: CollectionSlug[] = [];
  const visiting = new Set<string>();
  const visit = (slug: CollectionSlug) => {
    if (ordered.includes(slug) || visiting.has(slug) || !slugs.includes(slug)) return;
    visiting.add(slug);
    for (const target of relationTargets(payload.collections[slug].config.flattenedFields)) visit(target as CollectionSlug);
    ordered.push(slug);
  };
  for (const slug of slugs) visit(slug);
  return ordered;
}

function relationTargets(fields: FlattenedField[]): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'relationship' || field.type === 'upload') return [field.relationTo].flat();
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return relationTargets(field.flattenedFields);
    if (field.type === 'blocks') return field.blocks.flatMap((block) => relationTargets(block.flattenedFields));
    return [];
  });
}

async function restoreVersion(payload: Payload, collection: CollectionSlug, version: StoredVersion, req: PayloadRequest): Promise<void> {
  await payload.db.createVersion({
    collectionSlug: collection,
    parent: version.parent,
    versionData: version.version as never,
    autosave: version.autosave ?? false,
    createdAt: version.createdAt,
    updatedAt: version.updatedAt,
    publishedLocale: version.publishedLocale ?? undefined,
    snapshot: version.snapshot === true ? true : undefined,
    req,
    returning: false,
  });
}

async function restoreGlobal(payload: Payload, slug: GlobalSlug, document: Record<string, unknown>, req: PayloadRequest): Promise<void> {
  const existing = await payload.db.findGlobal({ slug, req, locale: 'all' });
  if (isRecord(existing) && existing.id !== undefined) {
    await payload.db.updateGlobal({ slug, data: document as never, req });
  } else {
    await payload.db.createGlobal({ slug, data: document as never, req });
  }
}

async function writing(what: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new Error(`Restoring ${what} failed, so nothing was restored: ${(error as Error).message}`, { cause: error });
  }
}
