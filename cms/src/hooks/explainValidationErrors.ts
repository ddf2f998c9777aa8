import type { AfterErrorHook, PayloadRequest } from 'payload';
import { explainError, validationData } from '../errors/validationDetails.ts';

/**
 * REST callers read `errors[].message` first: put the complete per-field messages there too, not only in
 * `errors[].data`, so a rejected import or script call says at once which document, field and language to fix.
 * Not for the admin's own forms: they mark each field from `data` and show `message` as the summary toast, which
 * must stay Payload's short "The following field is invalid: Opening hours".
 */
export const explainValidationErrors: AfterErrorHook = ({ error, req, result }) => {
  const data = validationData(error);
  if (!result || !data) return;
  // The admin marks each field from `data.errors`; Payload's formatter leaves `data` out when it does not recognise
  // the error's class (another copy of its module in the production build), so it is put back here.
  const withData = result.errors.map((item) => ({ ...item, name: 'ValidationError', data: { ...data } }));
  if (fromAdminPage(req)) return { response: { ...result, errors: withData } };
  const explained = explainError(error);
  return { response: { ...result, errors: withData.map((item) => ({ ...item, message: explained })) } };
};

/** Whether the request was sent by a page of the admin (its forms send the page as referrer, same origin). */
function fromAdminPage(req: Partial<PayloadRequest> | undefined): boolean {
  const referrer = req?.headers?.get('referer');
  const adminRoute = req?.payload?.config.routes.admin;
  if (!referrer || !adminRoute) return false;
  try {
    return new URL(referrer).pathname.startsWith(adminRoute);
  } catch {
    return false;
  }
}
