import type { Where } from 'payload';
import type { User } from '../payload-types.ts';
import { relationId } from '../utilities/relationId.ts';
import type { UserRole } from './roles.ts';

/**
 * What the access rules read from a signed-in user: their roles, the countries they work on and the languages they
 * translate into. `countries` arrives as ids from a session and as documents from a Local API caller's user.
 */
export type StaffUser = Pick<User, 'roles'> & Partial<Pick<User, 'countries' | 'locales'>>;

export function hasRole(user: StaffUser | null | undefined, role: UserRole): boolean {
  return Boolean(user?.roles?.includes(role));
}

export function assignedCountryIds(user: StaffUser): (number | string)[] {
  return (user.countries ?? []).map(relationId).filter((id) => id !== undefined);
}

export function worksInCountry(user: StaffUser, country: unknown): boolean {
  const id = relationId(country);
  // A form may send an id as text: compare as text so "3" and 3 are the same country.
  return id !== undefined && assignedCountryIds(user).some((assigned) => String(assigned) === String(id));
}

export function translatesInto(user: StaffUser, locale: string | undefined): boolean {
  return locale !== undefined && (user.locales ?? []).some((assigned) => assigned === locale);
}

/** Admins and country editors decide what readers see; translators and reviewers only ever save drafts. */
export function mayPublish(user: StaffUser | null | undefined): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'country-editor');
}

/**
 * The documents of the user's countries, as a query on `field` (the content's `country`, `version.country` for
 * versions, `id` for countries themselves). Someone with no country assigned gets none: `false`, as a query with an
 * empty `in` is not one every database adapter accepts.
 */
export function inAssignedCountries(user: StaffUser, field: string): Where | false {
  const ids = assignedCountryIds(user);
  return ids.length > 0 ? { [field]: { in: ids } } : false;
}
