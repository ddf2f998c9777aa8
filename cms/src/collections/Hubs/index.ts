import { hubFields, label } from '@infohub/content-schemas/payload';
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

export const Hubs: CollectionConfig = withTranslationTracking({
  slug: 'hubs',
  labels: { singular: label('Information Hub', 'Hub de información'), plural: label('Information Hubs', 'Hubs de información') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'municipality', 'country', '_status', nextReviewColumn, 'updatedAt', 'translationStatus'],
    components: { edit: reviewEditComponents },
    listSearchableFields: ['name', 'municipality', 'slug'],
    group: adminGroups.content,
  },
  access: countryContentAccess,
  fields: withRoleFieldAccess(withInfohubValidation(hubFields)),
  hooks: {
    beforeOperation: [onlyPublishersChangeWhatIsLive, newContentNamesItsCountry],
    beforeValidate: [fillSlugFromSpanishTitle('name')],
    beforeChange: [requireUniqueSlug({ perCountry: true }), requireDefaultLocaleText],
  },
  endpoints: reviewEndpoints,
  versions: draftVersions,
});
