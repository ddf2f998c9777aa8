import { label, serviceFields } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';
import { fillSlugFromSpanishTitle } from '../../hooks/fillSlugFromSpanishTitle.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { requireUniqueSlug } from '../../hooks/requireUniqueSlug.ts';
import { nextReviewColumn, reviewEditComponents, reviewEndpoints } from '../../review/reviewedCollectionConfig.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { draftVersions } from '../shared/draftVersions.ts';
import { publishedContentAccess } from '../shared/publishedContentAccess.ts';

export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: label('Service', 'Servicio'), plural: label('Services', 'Servicios') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organization', 'category', 'city', 'status', '_status', nextReviewColumn],
    components: { edit: reviewEditComponents },
    listSearchableFields: ['name', 'organization', 'city', 'slug'],
    group: adminGroups.content,
  },
  access: publishedContentAccess,
  fields: withInfohubValidation(serviceFields),
  hooks: {
    beforeValidate: [fillSlugFromSpanishTitle('name')],
    beforeChange: [requireUniqueSlug({ perCountry: true }), requireDefaultLocaleText],
  },
  endpoints: reviewEndpoints,
  versions: draftVersions,
};
