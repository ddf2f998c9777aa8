import type { User } from '../payload-types.ts';
import { relationId } from '../utilities/relationId.ts';

/**
 * Who may confirm that a document is still current: admins anywhere; reviewers and country editors in the
 * countries assigned to them. Translators may not: they check a language, not whether the facts still hold.
 */
export function mayMarkReviewed(user: Pick<User, 'roles' | 'countries'> | null | undefined, countryId: unknown): boolean {
  if (!user) return false;
  const roles = user.roles ?? [];
  if (roles.includes('admin')) return true;
  if (!roles.includes('reviewer') && !roles.includes('country-editor')) return false;
  const country = relationId(countryId);
  return country !== undefined && (user.countries ?? []).some((assigned) => String(relationId(assigned)) === String(country));
}
