import { ValidationError } from 'payload';

/**
 * The per-field messages of a rejected save. Payload's ValidationError message lists only field labels
 * ("The following field is invalid: Title"); the full messages (document, field, language) are in its data.
 */
export function validationDetails(error: unknown): string[] {
  if (!(error instanceof ValidationError)) return [];
  return error.data.errors.map((fieldError) => fieldError.message);
}

/** The error's message followed by one line per rejected field: what scripts print and REST callers read. */
export function explainError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const details = validationDetails(error);
  return details.length === 0 ? message : [message, ...details.map((detail) => `- ${detail}`)].join('\n');
}
