import { label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { adminOrEditorOfThisCountry } from '../../access/ownCountryRecord.ts';
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { countryAdminFields } from './fields.ts';
import { fillSlugFromCode } from './hooks/fillSlugFromCode.ts';

export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: { singular: label('Country', 'País', 'Pays'), plural: label('Countries', 'Países', 'Pays') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'locales', 'updatedAt', 'translationStatus'],
    group: adminGroups.taxonomy,
  },
  // Adding or removing a country, or changing its code, slug or published languages, changes the site's structure
  // and URLs: admins only. A country's editors keep its name and emergency numbers current.
  access: {
    read: anyone,
    create: isAdmin,
    update: adminOrEditorOfThisCountry,
    delete: isAdmin,
  },
  fields: countryAdminFields,
  hooks: {
    beforeDelete: [refuseDeleteWhileUsed({ instead: 'move them to another country or delete them first' })],
    beforeValidate: [fillSlugFromCode],
    beforeChange: [requireDefaultLocaleText],
  },
};
