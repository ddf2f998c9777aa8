import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook, Plugin } from 'payload';
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
    // First of their kind: on a database without transactions the write is stored already, and a later hook that
    // fails must not keep the change from the public's reads.
    collections: (config.collections ?? []).map((collection) =>
      isCachedCollection(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [noteChangedDocument, ...(collection.hooks?.afterChange ?? [])],
              afterDelete: [noteDeletedDocument, ...(collection.hooks?.afterDelete ?? [])],
            },
          }
        : collection,
    ),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, afterChange: [noteChangedGlobal, ...(global.hooks?.afterChange ?? [])] },
    })),
    onInit: async (payload) => {
      advanceGenerationOnCommit(payload);
      await config.onInit?.(payload);
    },
  });
