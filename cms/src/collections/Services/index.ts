import { label, serviceFields } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { countryContentAccess } from '../../access/countryContentAccess.ts';
import { newContentNamesItsCountry, onlyPublishersChangeWhatIsLive } from '../../access/onlyPublishersChangeWhatIsLive.ts';
import { withRoleFieldAccess } from '../../access/roleFieldAccess.ts';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';
import { fillSlugFromSpanishTitle } from '../../hooks/fillSlugFromSpanishTitle.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { requireUniqueSlug } from '../../hooks/requireUniqueSlug.ts';
import { nextReviewColumn, reviewEditComponents, reviewEndpoints } from '../../review/reviewedCollectionConfig.ts';
import { withTranslationTracking } from '../../translations/trackTranslations.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { draftVersions } from '../shared/draftVersions.ts';

export const Services: CollectionConfig = withTranslationTracking({
  slug: 'services',
  labels: { singular: label('Service', 'Servicio'), plural: label('Services', 'Servicios') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organization', 'category', 'city', 'status', '_status', nextReviewColumn, 'translationStatus'],
    components: { edit: reviewEditComponents },
    listSearchableFields: ['name', 'organization', 'city', 'slug'],
    group: adminGroups.content,
  },
  access: countryContentAccess,
  fields: withRoleFieldAccess(withInfohubValidation(serviceFields)),
  hooks: {
    beforeOperation: [onlyPublishersChangeWhatIsLive, newContentNamesItsCountry],
    beforeValidate: [fillSlugFromSpanishTitle('name')],
    beforeChange: [requireUniqueSlug({ perCountry: true }), requireDefaultLocaleText],
  },
  endpoints: reviewEndpoints,
  versions: draftVersions,
});
