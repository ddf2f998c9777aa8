import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { hasAdminRole } from './isAdmin.ts';
import { mayPublish } from './staffRoles.ts';

/**
 * Translators and reviewers save drafts only. Access functions cannot tell a draft save from a save that goes live:
 * both may carry `_status: 'draft'`, and a save without `draft` writes the published document (it unpublishes it, or
 * publishes the newest draft with the change), so this is checked here, where Payload passes the `draft` flag.
 * Restoring an old version, which brings back every field in every language, is left to editors too. Calls with
 * access control off (the seed, hooks) are not concerned.
 */
export const onlyPublishersChangeWhatIsLive: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || !req.user || mayPublish(req.user)) return args;
  if (operation === 'update' && args.draft !== true) {
    throw new APIError(
      'Translators and reviewers save drafts only: a country editor publishes or unpublishes. Save as a draft (draft=true).',
      403,
      undefined,
      true,
    );
  }
  if (operation === 'restoreVersion') {
    throw new APIError('Only a country editor or an admin restores an earlier version.', 403, undefined, true);
  }
  return args;
};

/**
 * A new document belongs to a country from the start: a draft saved without one would be visible to admins only.
 * (Publishing requires the country anyway; drafts skip that check.)
 */
export const newContentNamesItsCountry: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || operation !== 'create' || !req.user || hasAdminRole(req.user)) return args;
  const country = (args.data as Record<string, unknown> | undefined)?.country;
  if (country === undefined || country === null || country === '') {
    throw new APIError('Choose the country this document belongs to.', 400, undefined, true);
  }
  return args;
};
