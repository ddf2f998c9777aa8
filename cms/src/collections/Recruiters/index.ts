import { label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { countryScopedCollection } from '../shared/countryScopedCollection.ts';
import { recruiterAdminFields } from './fields.ts';

/**
 * A country's register of licensed recruitment agencies and official job-placement programmes, copied from the
 * issuing authority's register, for the site's "Check a recruitment agency" page. Scoped, drafted and published like
 * the country's other content.
 */
export const Recruiters: CollectionConfig = countryScopedCollection({
  slug: 'recruiters',
  labels: {
    singular: label('Recruitment agency', 'Agencia de reclutamiento', 'Agence de recrutement'),
    plural: label('Recruitment agencies', 'Agencias de reclutamiento', 'Agences de recrutement'),
  },
  fields: recruiterAdminFields,
  titleField: 'name',
  admin: {
    defaultColumns: ['name', 'licenceNumber', 'status', 'country', 'lastCheckedAt', '_status'],
    listSearchableFields: ['name', 'licenceNumber', 'slug'],
  },
});
