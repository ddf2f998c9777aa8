import { hasAdminRole } from '../access/isAdmin.ts';
import { hasRole, type StaffUser, worksInCountry } from '../access/staffRoles.ts';

/**
 * Who may import services into a country: admins anywhere, a country's editors into their own countries.
 * Translators and reviewers never: an import creates and changes services, which is an editor's work. Every write
 * is then made as the user, so the collection's own access rules apply as well.
 */
export function mayImportInto(user: StaffUser | null | undefined, country: number | string): boolean {
  if (!user) return false;
  if (hasAdminRole(user)) return true;
  return hasRole(user, 'country-editor') && worksInCountry(user, country);
}

/** Whether the user may import into some country: admins, and country editors with a country. */
export function mayImportAnywhere(user: StaffUser | null | undefined): boolean {
  if (!user) return false;
  return hasAdminRole(user) || (hasRole(user, 'country-editor') && (user.countries ?? []).length > 0);
}
