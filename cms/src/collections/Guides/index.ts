import { label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { nextReviewColumn } from '../../review/nextReviewColumn.ts';
import { countryScopedCollection } from '../shared/countryScopedCollection.ts';
import { guideAdminFields } from './fields.ts';

export const Guides: CollectionConfig = countryScopedCollection({
  slug: 'guides',
  labels: { singular: label('Guide', 'Guía', 'Guide'), plural: label('Guides', 'Guías', 'Guides') },
  fields: guideAdminFields,
  titleField: 'title',
  admin: {
    defaultColumns: ['title', 'country', 'topic', '_status', nextReviewColumn, 'updatedAt', 'translationStatus'],
    listSearchableFields: ['title', 'slug'],
  },
});
