import { guideFields, label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';
import { fillSlugFromSpanishTitle } from '../../hooks/fillSlugFromSpanishTitle.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { requireUniqueSlug } from '../../hooks/requireUniqueSlug.ts';
import { nextReviewColumn, reviewEditComponents, reviewEndpoints } from '../../review/reviewedCollectionConfig.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { draftVersions } from '../shared/draftVersions.ts';
import { publishedContentAccess } from '../shared/publishedContentAccess.ts';

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: label('Guide', 'Guía'), plural: label('Guides', 'Guías') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'topic', '_status', nextReviewColumn, 'updatedAt'],
    components: { edit: reviewEditComponents },
    listSearchableFields: ['title', 'slug'],
    group: adminGroups.content,
  },
  access: publishedContentAccess,
  fields: withInfohubValidation(guideFields),
  hooks: {
    beforeValidate: [fillSlugFromSpanishTitle('title')],
    beforeChange: [requireUniqueSlug({ perCountry: true }), requireDefaultLocaleText],
  },
  endpoints: reviewEndpoints,
  versions: draftVersions,
};
