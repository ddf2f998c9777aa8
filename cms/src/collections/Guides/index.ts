import { guideFields, label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { nextReviewColumn, reviewEditComponents, reviewEndpoints } from '../../review/reviewedCollectionConfig.ts';
import { countryScopedCollection } from '../shared/countryScopedCollection.ts';

export const Guides: CollectionConfig = countryScopedCollection({
  slug: 'guides',
  labels: { singular: label('Guide', 'Guía'), plural: label('Guides', 'Guías') },
  fields: guideFields,
  titleField: 'title',
  admin: {
    defaultColumns: ['title', 'country', 'topic', '_status', nextReviewColumn, 'updatedAt', 'translationStatus'],
    components: { edit: reviewEditComponents },
    listSearchableFields: ['title', 'slug'],
  },
  endpoints: reviewEndpoints,
});
