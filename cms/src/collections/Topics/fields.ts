import { topicFields } from '@infohub/content-schemas/payload';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';

/**
 * A topic in the admin: the fields the site and the snapshot share (`topicFields` in
 * `content-schemas/src/payload/collectionFields.ts`), with the CMS's validation messages. The translation markers
 * and the "minor edit" box are added by `translations/`.
 */
export const topicAdminFields = withInfohubValidation(topicFields);
