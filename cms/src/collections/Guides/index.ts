import { guideFields, label } from '@infohub/content-schemas/payload';
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

export const Guides: CollectionConfig = withTranslationTracking({
  slug: 'guides',
  labels: { singular: label('Guide', 'Guía'), plural: label('Guides', 'Guías') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'topic', '_status', nextReviewColumn, 'updatedAt', 'translationStatus'],
    components: { edit: reviewEditComponents },
    listSearchableFields: ['title', 'slug'],
    group: adminGroups.content,
  },
  access: countryContentAccess,
  fields: withRoleFieldAccess(withInfohubValidation(guideFields)),
  hooks: {
    beforeOperation: [onlyPublishersChangeWhatIsLive, newContentNamesItsCountry],
    beforeValidate: [fillSlugFromSpanishTitle('title')],
    beforeChange: [requireUniqueSlug({ perCountry: true }), requireDefaultLocaleText],
  },
  endpoints: reviewEndpoints,
  versions: draftVersions,
});
