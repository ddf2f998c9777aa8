import type { Access, FieldAccess } from 'payload';
import type { User } from '../payload-types.ts';

export function hasAdminRole(user: Pick<User, 'roles'> | null | undefined): boolean {
  return Boolean(user?.roles?.includes('admin'));
}

export const isAdmin: Access = ({ req: { user } }) => hasAdminRole(user);

export const isAdminField: FieldAccess = ({ req: { user } }) => hasAdminRole(user);
