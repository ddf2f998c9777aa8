import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload';
import { env } from '../env.ts';
import { requestSiteBuild } from './siteBuildQueue.ts';

type Doc = { id?: number | string; slug?: string | null; code?: string | null; _status?: string | null };

/** How a build's record names a document: `guides "permiso-de-trabajo"`. */
export function describeDocument(collection: string, doc: Doc): string {
  return `${collection} "${doc.slug ?? doc.code ?? doc.id}"`;
}

interface PublicationState {
  status: string | null | undefined;
  updatedAt: string | undefined;
}

const stateKey = (collection: string, id: number | string) => `siteRebuild:${collection}:${id}`;

/**
 * The collection's own row holds the published document; saving a draft only adds a version and leaves that row
 * alone. So the site changes when the row was rewritten and the document is published now or was before: a
 * publish, a published edit or an unpublish, and never a draft save.
 */
async function publicationState(req: PayloadRequest, collection: string, id: number | string): Promise<PublicationState | undefined> {
  const row = (await req.payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })) as
    | (Doc & { updatedAt?: string })
    | null;
  return row ? { status: row._status, updatedAt: row.updatedAt } : undefined;
}

const rememberPublicationState: CollectionBeforeChangeHook = async ({ collection, context, operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined && saveAsksForBuilds(context)) {
    req.context[stateKey(collection.slug, originalDoc.id)] = await publicationState(req, collection.slug, originalDoc.id);
  }
  return data;
};

/** The change the public site sees from this save, or undefined when it sees none. */
export async function publishedChange(
  req: PayloadRequest,
  collection: string,
  doc: Doc & { id: number | string },
  operation: 'create' | 'update',
): Promise<string | undefined> {
  const after = await publicationState(req, collection, doc.id);
  const before = req.context[stateKey(collection, doc.id)] as PublicationState | undefined;
  const name = describeDocument(collection, doc);
  if (operation === 'create') return after?.status === 'published' ? `${name} published` : undefined;
  if (!after || after.updatedAt === before?.updatedAt) return undefined;
  if (after.status === 'published') return before?.status === 'published' ? `${name} updated` : `${name} published`;
  return before?.status === 'published' ? `${name} unpublished` : undefined;
}

/**
 * Set in a Local API call's `context` by a caller that writes many documents in one transaction (the services
 * import): a build requested from inside it would write outside the transaction and wait for its lock, and one
 * build after the commit says the same. The caller requests that build itself.
 */
export const siteBuildRequestedByCaller = 'siteBuildRequestedByCaller';

/**
 * Whether a save asks for a build itself: not when site builds are off (the bench's and the tests' seeds), nor when
 * its caller asks for one after its batch. Then the two reads of the document's row that tell what changed are
 * left out: a bulk write makes them for every translation of every document.
 */
function saveAsksForBuilds(context: PayloadRequest['context']): boolean {
  return env.siteRebuilds && !context[siteBuildRequestedByCaller];
}

const rebuildAfterPublishedChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, req }) => {
  if (!saveAsksForBuilds(context)) return doc;
  const change = await publishedChange(req, collection.slug, doc, operation);
  if (change) await requestSiteBuild(req.payload, change);
  return doc;
};

const rebuildAfterPublishedDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (doc._status === 'published') await requestSiteBuild(req.payload, `${describeDocument(collection.slug, doc)} deleted`);
  return doc;
};

/** For the collections with drafts: guides, services, hubs, alerts. */
export const rebuildOnPublish: NonNullable<CollectionConfig['hooks']> = {
  beforeChange: [rememberPublicationState],
  afterChange: [rebuildAfterPublishedChange],
  afterDelete: [rebuildAfterPublishedDelete],
};

/** For what has no drafts and shows on the site (countries, topics, images): every saved change. */
export function rebuildOnChange({ includeCreate }: { includeCreate: boolean }): NonNullable<CollectionConfig['hooks']> {
  return {
    afterChange: [
      async ({ collection, doc, operation, req }) => {
        if (includeCreate || operation === 'update') {
          await requestSiteBuild(
            req.payload,
            `${describeDocument(collection.slug, doc)} ${operation === 'create' ? 'created' : 'updated'}`,
          );
        }
        return doc;
      },
    ],
    afterDelete: [
      async ({ collection, doc, req }) => {
        await requestSiteBuild(req.payload, `${describeDocument(collection.slug, doc)} deleted`);
        return doc;
      },
    ],
  };
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await requestSiteBuild(req.payload, `${global.slug} updated`);
  return doc;
};

/** After "Mark as reviewed" on a published document: its pages show the new review date (`review/markReviewed.ts`). */
export async function rebuildAfterReview({
  payload,
  collection,
  doc,
}: {
  payload: Payload;
  collection: string;
  doc: { id: number | string; slug?: string | null };
}): Promise<void> {
  await requestSiteBuild(payload, `${describeDocument(collection, doc)} reviewed`);
}
