import type { CollectionConfig } from 'payload';

type Hooks = NonNullable<CollectionConfig['hooks']>;

/** The collection with `extra` hooks run after those it already has. */
export function withHooks(collection: CollectionConfig, extra: Hooks): CollectionConfig {
  const hooks: Hooks = { ...collection.hooks };
  for (const [name, added] of Object.entries(extra) as [keyof Hooks, unknown[]][]) {
    (hooks[name] as unknown[]) = [...((collection.hooks?.[name] as unknown[] | undefined) ?? []), ...added];
  }
  return { ...collection, hooks };
}
