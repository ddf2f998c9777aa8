import { ValidationError } from 'payload';
import { describe, expect, it } from 'vitest';
import { explainValidationErrors } from './explainValidationErrors.ts';

describe('REST error responses', () => {
  it('put every rejected field with its document and language in the message', async () => {
    const error = new ValidationError({
      collection: 'guides',
      errors: [{ path: 'title', message: 'guides "asilo", field "title" (locale "es"): This field is required.' }],
    });
    const result = await explainValidationErrors({
      error,
      context: {},
      req: {} as never,
      result: { errors: [{ name: 'ValidationError', message: error.message, data: error.data }] },
    });
    expect(result?.response?.errors?.[0]?.message).toBe(
      'The following field is invalid: title\n- guides "asilo", field "title" (locale "es"): This field is required.',
    );
  });

  it('leave other errors as Payload wrote them', async () => {
    const result = await explainValidationErrors({
      error: new Error('Not Found'),
      context: {},
      req: {} as never,
      result: { errors: [{ message: 'Not Found' }] },
    });
    expect(result).toBeUndefined();
  });
});
