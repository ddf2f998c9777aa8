import { countryFields } from '@infohub/content-schemas/payload';
import { adminOnlyUpdates } from '../../fields/adminOnlyUpdates.ts';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';

/**
 * A country in the admin: the fields the site and the snapshot share (`countryFields` in
 * `content-schemas/src/payload/collectionFields.ts`), with the CMS's validation messages; its code, slug and
 * languages decide URLs and what gets translated, so only admins change them. The translation markers and the
 * "minor edit" box are added by `translations/`.
 */
export const countryAdminFields = adminOnlyUpdates(withInfohubValidation(countryFields), ['code', 'slug', 'locales']);
