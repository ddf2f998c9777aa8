import { ValidationError } from 'payload';
import { describeFieldError } from './describeProblem.ts';

/**
 * The per-field messages of a rejected save, each with its document and field path. Payload's ValidationError
 * message lists only field labels ("The following field is invalid: Title"); the messages are in its data, worded
 * for the admin, which shows each beside its field.
 */
export function validationDetails(error: unknown): string[] {
  if (!(error instanceof ValidationError)) return [];
  const { collection, global, errors } = error.data;
  // Payload keeps the id it was given in the data, though its type leaves it out.
  const { id } = error.data as { id?: number | string };
  return errors.map((fieldError) => describeFieldError(collection ?? global, id, fieldError.path, fieldError.message));
}

/** The error's message followed by one line per rejected field: what scripts print and REST callers read. */
export function explainError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const details = validationDetails(error);
  return details.length === 0 ? message : [message, ...details.map((detail) => `- ${detail}`)].join('\n');
}
