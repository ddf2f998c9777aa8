import type { CollectionConfig } from 'payload';

/**
 * Editors save drafts and publish when ready; the public site and the snapshot only ever see published versions.
 * Old versions are kept for comparison and restore, up to a bound so the database does not grow without limit.
 */
export const draftVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
};
