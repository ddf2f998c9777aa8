import { localeCodes } from '@infohub/content-schemas';
import { adminText, label, selectOptions } from '@infohub/content-schemas/payload';
import type { CollectionConfig, LabelFunction } from 'payload';
import { adminOrSelf } from '../../access/adminOrSelf.ts';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin, isAdminField } from '../../access/isAdmin.ts';
import { type UserRole, userRoles } from '../../access/roles.ts';
import { env } from '../../env.ts';
import { limitPublicAccountWrites } from '../../security/rateLimits.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.ts';
import { requireStrongPassword } from './hooks/requireStrongPassword.ts';

const roleLabels: Record<UserRole, LabelFunction> = {
  admin: label('Administrator', 'Administrador/a', 'Administrateur·rice'),
  'country-editor': label('Country editor', 'Editor/a de país', 'Éditeur·rice de pays'),
  translator: label('Translator', 'Traductor/a', 'Traducteur·rice'),
  reviewer: label('Reviewer', 'Revisor/a', 'Relecteur·rice'),
};

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('User', 'Usuario', 'Utilisateur'), plural: label('Users', 'Usuarios', 'Utilisateurs') },
  auth: {
    // Slows down password guessing on an admin that may be reachable from the internet: after 5 wrong passwords the
    // account is locked for 15 minutes (an admin may unlock it sooner), the right password included.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // A session lasts 2 hours; the admin renews it while it is in use. Shared office computers are common.
    tokenExpiration: 2 * 60 * 60,
    cookies: {
      // Sent over HTTPS only in production (INFOHUB_SECURE_COOKIES overrides); never to another site's requests.
      secure: env.secureCookies,
      sameSite: 'Lax',
    },
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
    { name: 'name', type: 'text', label: label('Name', 'Nombre', 'Nom') },
    {
      name: 'organization',
      type: 'text',
      label: label('Organisation', 'Organización', 'Organisation'),
      admin: {
        description: adminText(
          'Readers see it as who reviewed a page this person marks as reviewed, e.g. "Hub de Información de Upala".',
          'Quien lee la ve como quien revisó una página que esta persona marca como revisada, p. ej. «Hub de Información de Upala».',
          'Les lecteurs la voient comme l’auteur de la vérification d’une page que cette personne marque comme vérifiée, p. ex. « Hub de Información de Upala ».',
        ),
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['country-editor'],
      label: label('Roles', 'Roles', 'Rôles'),
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
      label: label('Countries', 'Países', 'Pays'),
      admin: {
        description: adminText(
          'The countries whose content this person works on. Administrators work on all.',
          'Los países cuyo contenido trabaja esta persona. Quien administra trabaja en todos.',
          'Les pays dont cette personne traite le contenu. Les administrateurs les traitent tous.',
        ),
      },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'locales',
      type: 'select',
      hasMany: true,
      // Apart from the name a localized collection's translation table would take.
      dbName: 'users_assigned_locales',
      label: label('Languages they translate into', 'Idiomas a los que traduce', 'Langues vers lesquelles elle traduit'),
      options: selectOptions(localeCodes),
      admin: {
        description: adminText(
          'For translators: the languages whose text they may change, in their countries. Others may leave it empty.',
          'Para quien traduce: los idiomas cuyo texto puede cambiar, en sus países. Para los demás puede quedar vacío.',
          'Pour les traducteurs : les langues dont ils peuvent modifier le texte, dans leurs pays. Les autres peuvent le laisser vide.',
        ),
      },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
  hooks: { beforeOperation: [limitPublicAccountWrites, requireStrongPassword], beforeChange: [makeFirstUserAdmin] },
  timestamps: true,
};
