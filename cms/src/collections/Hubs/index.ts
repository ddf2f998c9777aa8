import { label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { nextReviewColumn } from '../../review/nextReviewColumn.ts';
import { countryScopedCollection } from '../shared/countryScopedCollection.ts';
import { hubAdminFields } from './fields.ts';

export const Hubs: CollectionConfig = countryScopedCollection({
  slug: 'hubs',
  labels: {
    singular: label('Information Hub', 'Hub de información', 'Centre d’information'),
    plural: label('Information Hubs', 'Hubs de información', 'Centres d’information'),
  },
  fields: hubAdminFields,
  titleField: 'name',
  admin: {
    defaultColumns: ['name', 'municipality', 'country', '_status', nextReviewColumn, 'updatedAt', 'translationStatus'],
    listSearchableFields: ['name', 'municipality', 'slug'],
  },
});
