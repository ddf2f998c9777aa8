import type { CollectionConfig } from 'payload';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { publishedOrAuthenticated } from '../../access/publishedOrAuthenticated.ts';

/**
 * Access for the collections with drafts (guides, services, hubs, alerts): the public reads published versions
 * only; signed-in staff read drafts and past versions and write. Deleting is for admins: editors unpublish
 * instead, which keeps the document and its versions. Per-role, per-country rules come later.
 */
export const publishedContentAccess: CollectionConfig['access'] = {
  read: publishedOrAuthenticated,
  readVersions: authenticated,
  create: authenticated,
  update: authenticated,
  delete: isAdmin,
};
