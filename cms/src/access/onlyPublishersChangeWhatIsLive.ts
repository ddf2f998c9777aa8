import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { hasAdminRole } from './isAdmin.ts';
import { mayPublish } from './staffRoles.ts';
import { refusalStrings } from './strings.ts';

/**
 * Translators and reviewers save drafts only. Access functions cannot tell a draft save from a save that goes live:
 * both may carry `_status: 'draft'`, and a save without `draft` writes the published document (it unpublishes it, or
 * publishes the newest draft with the change), so this is checked here, where Payload passes the `draft` flag.
 * Restoring an old version, which brings back every field in every language, is left to editors too. Calls with
 * access control off (the seed, hooks) are not concerned. The refusal is in the request's language: the admin's
 * (Payload reads it from the admin's language cookie or the browser's Accept-Language into `req.i18n`), English
 * for a script that names none.
 */
export const onlyPublishersChangeWhatIsLive: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || !req.user || mayPublish(req.user)) return args;
  if (operation === 'update' && args.draft !== true) {
    throw new APIError(refusalStrings(req.i18n?.language).draftsOnly, 403, undefined, true);
  }
  if (operation === 'restoreVersion') {
    throw new APIError(refusalStrings(req.i18n?.language).restoreOnlyByEditors, 403, undefined, true);
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
    throw new APIError(refusalStrings(req.i18n?.language).chooseCountry, 400, undefined, true);
  }
  return args;
};
