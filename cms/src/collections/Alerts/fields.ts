import { alertFields } from '@infohub/content-schemas/payload';
import { withRoleFieldAccess } from '../../access/roleFieldAccess.ts';
import { draftWarningsField } from '../../fields/draftWarnings/draftWarningsField.ts';
import { withInfohubValidation } from '../../fields/withInfohubValidation.ts';

/**
 * An alert in the admin: the fields the site and the snapshot share (`alertFields` in
 * `content-schemas/src/payload/collectionFields.ts`), with the CMS's own on top: its validation messages
 * (`fields/withInfohubValidation.ts`) and which role may change which field (`access/roleFieldAccess.ts`). The
 * translation markers and the "minor edit" box are added by `translations/`.
 */
export const alertAdminFields = [draftWarningsField, ...withRoleFieldAccess(withInfohubValidation(alertFields))];
