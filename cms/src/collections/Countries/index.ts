import { countryFields, label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone.ts';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { fillSlugFromCode } from './hooks/fillSlugFromCode.ts';

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
  fields: withInfohubValidation(countryFields),
  hooks: {
    beforeValidate: [fillSlugFromCode],
    beforeChange: [requireDefaultLocaleText],
  },
};
