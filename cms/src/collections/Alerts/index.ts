import { alertFields, label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { countryContentAccess } from '../../access/countryContentAccess.ts';
import { newContentNamesItsCountry, onlyPublishersChangeWhatIsLive } from '../../access/onlyPublishersChangeWhatIsLive.ts';
import { withRoleFieldAccess } from '../../access/roleFieldAccess.ts';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';
import { fillSlugFromSpanishTitle } from '../../hooks/fillSlugFromSpanishTitle.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { requireUniqueSlug } from '../../hooks/requireUniqueSlug.ts';
import { withTranslationTracking } from '../../translations/trackTranslations.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { draftVersions } from '../shared/draftVersions.ts';
import { requireEndAfterStart } from './hooks/requireEndAfterStart.ts';

export const Alerts: CollectionConfig = withTranslationTracking({
  slug: 'alerts',
  labels: { singular: label('Alert', 'Alerta'), plural: label('Alerts', 'Alertas') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'severity', 'startsAt', 'endsAt', '_status', 'translationStatus'],
    group: adminGroups.content,
  },
  access: countryContentAccess,
  fields: withRoleFieldAccess(withInfohubValidation(alertFields)),
  hooks: {
    beforeOperation: [onlyPublishersChangeWhatIsLive, newContentNamesItsCountry],
    beforeValidate: [fillSlugFromSpanishTitle('title')],
    beforeChange: [requireUniqueSlug({ perCountry: true }), requireEndAfterStart, requireDefaultLocaleText],
  },
  versions: draftVersions,
});
