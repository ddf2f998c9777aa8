import { recruiterFields } from '@infohub/content-schemas/payload';
import { withRoleFieldAccess } from '../../access/roleFieldAccess.ts';
import { draftWarningsField } from '../../fields/draftWarnings/draftWarningsField.ts';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';

/**
 * An entry of a country's register of recruitment agencies in the admin: the fields the site and the snapshot share
 * (`recruiterFields` in `content-schemas/src/payload/collectionFields.ts`), with the CMS's validation messages and
 * which role may change which field, as for the other country collections.
 */
export const recruiterAdminFields = [draftWarningsField, ...withRoleFieldAccess(withInfohubValidation(recruiterFields))];
