import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook, Plugin } from 'payload';
import { withHooks } from '../collections/shared/withHooks.ts';
import { isCachedCollection } from './cachedSlugs.ts';
import { advanceGenerationOnCommit, notePublicChange } from './contentGeneration.ts';

const noteChangedDocument: CollectionAfterChangeHook = async ({ doc, req }) => {
  await notePublicChange(req.payload, req.transactionID);
  return doc;
};

const noteDeletedDocument: CollectionAfterDeleteHook = async ({ req }) => {
  await notePublicChange(req.payload, req.transactionID);
};

const noteChangedGlobal: GlobalAfterChangeHook = async ({ doc, req }) => {
  await notePublicChange(req.payload, req.transactionID);
  return doc;
};

/**
 * The public's REST reads answered from memory (`anonymousReadCache.ts`, wrapped around the REST route): every
 * change the public could read starts a new content generation. Listed last among the plugins, so that it sees the
 * collections the others add.
 */
export const publicReadCache =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isCachedCollection(collection.slug)
        ? withHooks(collection, { afterChange: [noteChangedDocument], afterDelete: [noteDeletedDocument] })
        : collection,
    ),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), noteChangedGlobal] },
    })),
    onInit: async (payload) => {
      advanceGenerationOnCommit(payload);
      await config.onInit?.(payload);
    },
  });
