import { label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { adminOrSelf } from '../../access/adminOrSelf.ts';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin, isAdminField } from '../../access/isAdmin.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.ts';
import { type UserRole, userRoles } from './roles.ts';

const roleLabels: Record<UserRole, { en: string; es: string }> = {
  admin: label('Administrator', 'Administrador/a'),
  'country-editor': label('Country editor', 'Editor/a de país'),
  translator: label('Translator', 'Traductor/a'),
  reviewer: label('Reviewer', 'Revisor/a'),
};

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('User', 'Usuario'), plural: label('Users', 'Usuarios') },
  auth: {
    // Slows down password guessing on an admin that may be reachable from the internet.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'countries'],
    group: adminGroups.administration,
  },
  access: {
    admin: authenticated,
    // Admins manage every account; anyone else sees only their own (names and e-mails are personal data).
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', label: label('Name', 'Nombre') },
    {
      name: 'organization',
      type: 'text',
      label: label('Organisation', 'Organización'),
      admin: {
        description: label(
          'Readers see it as who reviewed a page this person marks as reviewed, e.g. "Hub de Información de Upala".',
          'Quien lee la ve como quien revisó una página que esta persona marca como revisada, p. ej. «Hub de Información de Upala».',
        ),
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['country-editor'],
      label: label('Roles', 'Roles'),
      options: userRoles.map((role) => ({ value: role, label: roleLabels[role] })),
      // Nobody grants themselves more rights.
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'countries',
      type: 'relationship',
      relationTo: 'countries',
      hasMany: true,
      label: label('Countries', 'Países'),
      admin: {
        description: label(
          'The countries whose content this person works on. Administrators work on all.',
          'Los países cuyo contenido trabaja esta persona. Quien administra trabaja en todos.',
        ),
      },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
  hooks: { beforeChange: [makeFirstUserAdmin] },
  timestamps: true,
};
