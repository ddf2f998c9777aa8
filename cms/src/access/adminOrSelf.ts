import type { Access } from 'payload';
import { hasAdminRole } from './isAdmin.ts';

/** Admins reach every user; anyone else only their own account (to change their name or password). */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasAdminRole(user)) return true;
  return { id: { equals: user.id } };
};
