import type { Access, CollectionConfig } from 'payload';
import { hasAdminRole, isAdmin } from './isAdmin.ts';
import { hasRole, inAssignedCountries, mayPublish, translatesInto, worksInCountry } from './staffRoles.ts';

/**
 * The public reads published documents only; admins read everything; other staff read their countries' documents,
 * drafts included, and nothing of other countries (so the admin's lists show them their countries' work only).
 */
export const publishedOrOwnCountries: Access = ({ req: { user } }) => {
  if (!user) return { _status: { equals: 'published' } };
  if (hasAdminRole(user)) return true;
  return inAssignedCountries(user, 'country');
};

/** Past versions and unpublished changes: admins, and staff for their own countries. */
export const versionsOfOwnCountries: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasAdminRole(user)) return true;
  return inAssignedCountries(user, 'version.country');
};

/**
 * Country editors create documents in their countries. Asked without data (may the "Create" button show?), the
 * answer is yes for an editor with a country; asked about a save, the chosen country must be one of theirs.
 */
export const createInOwnCountries: Access = ({ req: { user }, data }) => {
  if (!user) return false;
  if (hasAdminRole(user)) return true;
  if (!hasRole(user, 'country-editor')) return false;
  if (data?.country === undefined || data.country === null) return (user.countries ?? []).length > 0;
  return worksInCountry(user, data.country);
};

/**
 * Who may save changes to a document of their countries:
 * - country editors: any change, publishing and unpublishing included;
 * - translators: in the languages they translate into, never to publish (which fields they reach is the fields'
 *   access, `roleFieldAccess.ts`; that they only save drafts is `onlyPublishersChangeWhatIsLive`);
 * - reviewers: never to publish (they reach the review fields only).
 * Nobody but an admin moves a document to a country that is not theirs. The admin asks this with
 * `_status: 'published'` to decide whether to show the Publish button. Translators and reviewers change one
 * document at a time: asked about no document in particular (the list's "Publish", "Unpublish" and "Edit" for
 * several rows, or an update by query), the answer is no, so the list offers them no action they cannot take.
 */
export const updateInOwnCountries: Access = ({ req: { user, locale }, id, data }) => {
  if (!user) return false;
  if (hasAdminRole(user)) return true;
  if (id === undefined && !mayPublish(user)) return false;
  if (data?.country !== undefined && data.country !== null && !worksInCountry(user, data.country)) return false;
  const publishing = data?._status === 'published';
  const mayChange =
    hasRole(user, 'country-editor') ||
    (!publishing && (hasRole(user, 'reviewer') || (hasRole(user, 'translator') && translatesInto(user, locale ?? undefined))));
  return mayChange ? inAssignedCountries(user, 'country') : false;
};

/**
 * Access for the collections with drafts that belong to one country (guides, services, hubs, alerts). Deleting is for
 * admins: editors unpublish instead, which keeps the document and its versions.
 */
export const countryContentAccess: CollectionConfig['access'] = {
  read: publishedOrOwnCountries,
  readVersions: versionsOfOwnCountries,
  create: createInOwnCountries,
  update: updateInOwnCountries,
  delete: isAdmin,
};
