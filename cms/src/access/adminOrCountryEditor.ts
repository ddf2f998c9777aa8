import type { AccessArgs } from 'payload';
import { hasAdminRole } from './isAdmin.ts';
import { hasRole } from './staffRoles.ts';

/** Those who write content: admins and country editors (e.g. to upload the images their guides show). */
export const adminOrCountryEditor = ({ req: { user } }: AccessArgs): boolean => hasAdminRole(user) || hasRole(user, 'country-editor');
