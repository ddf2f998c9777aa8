import { label, topicFields } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone.ts';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { adminOnlyUpdates } from '../../fields/adminOnlyUpdates.ts';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';
import { fillSlugFromSpanishTitle } from '../../hooks/fillSlugFromSpanishTitle.ts';
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { requireUniqueSlug } from '../../hooks/requireUniqueSlug.ts';
import { withTranslationTracking } from '../../translations/trackTranslations.ts';
import { adminGroups } from '../shared/adminGroups.ts';

export const Topics: CollectionConfig = withTranslationTracking({
  slug: 'topics',
  labels: { singular: label('Topic', 'Tema'), plural: label('Topics', 'Temas') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'order', 'updatedAt', 'translationStatus'],
    group: adminGroups.taxonomy,
  },
  defaultSort: 'order',
  // The taxonomy is shared by every country: admins shape it (and its slugs are URLs), editors may improve its wording.
  access: {
    read: anyone,
    create: isAdmin,
    update: authenticated,
    delete: isAdmin,
  },
  fields: adminOnlyUpdates(withInfohubValidation(topicFields), ['slug', 'kind']),
  hooks: {
    beforeDelete: [refuseDeleteWhileUsed({ instead: 'move them to another topic first' })],
    beforeValidate: [fillSlugFromSpanishTitle('title')],
    beforeChange: [requireUniqueSlug({ perCountry: false }), requireDefaultLocaleText],
  },
});
