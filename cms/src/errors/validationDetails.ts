import { describeFieldError } from './describeProblem.ts';

/**
 * The per-field messages of a rejected save, each with its document and field path. Payload's ValidationError
 * message lists only field labels ("The following field is invalid: Title"); the messages are in its data, worded
 * for the admin, which shows each beside its field.
 */
export function validationDetails(error: unknown): string[] {
  const data = validationData(error);
  if (!data) return [];
  return data.errors.map((fieldError) => describeFieldError(data.collection ?? data.global, data.id, fieldError.path, fieldError.message));
}

export interface ValidationData {
  collection?: string;
  global?: string;
  id?: number | string;
  errors: { path: string; message: string }[];
}

/**
 * The data of a ValidationError, recognised by its name and shape: in the production build the error can come
 * from another copy of Payload's module than the one imported here, so `instanceof` misses it (and Payload's own
 * REST formatter then drops the data the admin marks fields from).
 */
export function validationData(error: unknown): ValidationData | undefined {
  if (!(error instanceof Error) || error.name !== 'ValidationError' || !('data' in error)) return undefined;
  const data = error.data as Partial<ValidationData> | undefined;
  return data && Array.isArray(data.errors) ? (data as ValidationData) : undefined;
}

/** The error's message followed by one line per rejected field: what scripts print and REST callers read. */
export function explainError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const details = validationDetails(error);
  return details.length === 0 ? message : [message, ...details.map((detail) => `- ${detail}`)].join('\n');
}
