import type { CollectionSlug, Config, Plugin } from 'payload';
import { withSideBySideTranslation, withSpanishSourceProvider } from './sideBySide.ts';
import { withTranslationTracking } from './trackTranslations.ts';

/**
 * Translation tracking: on each of `collections`, the markers that say which languages are missing or outdated
 * against the Spanish, the sidebar's status and "minor edit" box and the list's status cell (`admin/`). The review
 * dashboard's column for it is `dashboardColumn.ts`; XLIFF export and import for translators are in `xliff/`.
 */
export const translationTracking =
  ({ collections }: { collections: readonly CollectionSlug[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: withSpanishSourceProvider(config.admin),
    collections: (config.collections ?? []).map((collection) =>
      collections.includes(collection.slug as CollectionSlug) ? withSideBySideTranslation(withTranslationTracking(collection)) : collection,
    ),
  });
