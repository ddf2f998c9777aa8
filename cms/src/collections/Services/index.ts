import { label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { nextReviewColumn } from '../../review/nextReviewColumn.ts';
import { countryScopedCollection } from '../shared/countryScopedCollection.ts';
import { serviceAdminFields } from './fields.ts';

export const Services: CollectionConfig = countryScopedCollection({
  slug: 'services',
  labels: { singular: label('Service', 'Servicio', 'Service'), plural: label('Services', 'Servicios', 'Services') },
  fields: serviceAdminFields,
  titleField: 'name',
  admin: {
    defaultColumns: ['name', 'organization', 'category', 'city', 'status', '_status', nextReviewColumn, 'translationStatus'],
    listSearchableFields: ['name', 'organization', 'city', 'slug'],
  },
});
