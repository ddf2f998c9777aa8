import type { Access, CollectionConfig } from 'payload';
import { hasAdminRole, isAdmin } from './isAdmin.ts';
import { hasRole, inAssignedCountries } from './staffRoles.ts';

/** Readers' reports of wrong information: the staff of the report's country read them; the public never does. */
const staffOfTheCountry: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasAdminRole(user)) return true;
  return inAssignedCountries(user, 'country');
};

/** Whoever keeps the country's content current (its editors and reviewers) moves a report along. */
const keepersOfTheCountry: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasAdminRole(user)) return true;
  return hasRole(user, 'country-editor') || hasRole(user, 'reviewer') ? inAssignedCountries(user, 'country') : false;
};

/**
 * Reports arrive only through the public endpoint (which checks the form's token and limits, then stores them with
 * the Local API), never through the collection's own create; deleting is for admins.
 */
export const reportAccess: CollectionConfig['access'] = {
  read: staffOfTheCountry,
  create: () => false,
  update: keepersOfTheCountry,
  delete: isAdmin,
};
