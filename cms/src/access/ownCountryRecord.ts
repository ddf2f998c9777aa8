import type { Access } from 'payload';
import { hasAdminRole } from './isAdmin.ts';
import { hasRole, inAssignedCountries } from './staffRoles.ts';

/** A country's own record (its name, emergency numbers): admins, and the editors of that country. */
export const adminOrEditorOfThisCountry: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasAdminRole(user)) return true;
  return hasRole(user, 'country-editor') ? inAssignedCountries(user, 'id') : false;
};
