import { hubFields, label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';
import { fillSlugFromSpanishTitle } from '../../hooks/fillSlugFromSpanishTitle.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { requireUniqueSlug } from '../../hooks/requireUniqueSlug.ts';
import { nextReviewColumn, reviewEditComponents, reviewEndpoints } from '../../review/reviewedCollectionConfig.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { draftVersions } from '../shared/draftVersions.ts';
import { publishedContentAccess } from '../shared/publishedContentAccess.ts';

export const Hubs: CollectionConfig = {
  slug: 'hubs',
  labels: { singular: label('Information Hub', 'Hub de información'), plural: label('Information Hubs', 'Hubs de información') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'municipality', 'country', '_status', nextReviewColumn, 'updatedAt'],
    components: { edit: reviewEditComponents },
    listSearchableFields: ['name', 'municipality', 'slug'],
    group: adminGroups.content,
  },
  access: publishedContentAccess,
  fields: withInfohubValidation(hubFields),
  hooks: {
    beforeValidate: [fillSlugFromSpanishTitle('name')],
    beforeChange: [requireUniqueSlug({ perCountry: true }), requireDefaultLocaleText],
  },
  endpoints: reviewEndpoints,
  versions: draftVersions,
};
