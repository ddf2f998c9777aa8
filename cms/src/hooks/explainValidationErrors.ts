import type { AfterErrorHook } from 'payload';
import { explainError, validationDetails } from '../errors/validationDetails.ts';

/**
 * REST callers read `errors[].message` first: put the complete per-field messages there too, not only in
 * `errors[].data`, so a rejected import or script call says at once which document, field and language to fix.
 */
export const explainValidationErrors: AfterErrorHook = ({ error, result }) => {
  if (!result || validationDetails(error).length === 0) return;
  const explained = explainError(error);
  return { response: { ...result, errors: result.errors.map((item) => ({ ...item, message: explained })) } };
};
