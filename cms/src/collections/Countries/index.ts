import { countryFields, label } from '@infohub/content-schemas/payload';
import type { CollectionConfig, Field } from 'payload';
import { anyone } from '../../access/anyone.ts';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { fillSlugFromCode } from './hooks/fillSlugFromCode.ts';

/**
 * SQL databases keep a localized collection's translations in the table `countries_locales`, the very name the
 * hasMany select `locales` would get for its values: the two collide and the select's values are lost. A table
 * name of its own keeps them apart (MongoDB is unaffected).
 */
const fields: Field[] = countryFields.map((field) =>
  'name' in field && field.name === 'locales' && field.type === 'select' ? { ...field, dbName: 'countries_published_locales' } : field,
);

export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: { singular: label('Country', 'País'), plural: label('Countries', 'Países') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'locales', 'updatedAt'],
    group: adminGroups.taxonomy,
  },
  // Adding or removing a country changes the site's structure: admins only. Editors keep its details current.
  access: {
    read: anyone,
    create: isAdmin,
    update: authenticated,
    delete: isAdmin,
  },
  fields: withInfohubValidation(fields),
  hooks: {
    beforeValidate: [fillSlugFromCode],
    beforeChange: [requireDefaultLocaleText],
  },
};
