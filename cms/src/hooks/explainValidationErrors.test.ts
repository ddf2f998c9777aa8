import { ValidationError } from 'payload';
import { describe, expect, it } from 'vitest';
import { explainValidationErrors } from './explainValidationErrors.ts';

describe('REST error responses', () => {
  const error = new ValidationError({
    collection: 'guides',
    id: 7,
    errors: [{ path: 'title', message: 'In the Spanish version: This field is required.' }],
  });
  const result = { errors: [{ name: 'ValidationError', message: error.message, data: error.data }] };
  const request = (referer?: string) =>
    ({ headers: new Headers(referer ? { referer } : {}), payload: { config: { routes: { admin: '/admin' } } } }) as never;

  it('put every rejected field with its document and path in the message', async () => {
    const explained = await explainValidationErrors({ error, context: {}, req: request(), result });
    expect(explained?.response?.errors?.[0]?.message).toBe(
      'The following field is invalid: title\n- guides #7, field "title": In the Spanish version: This field is required.',
    );
  });

  it('leave the admin’s own forms Payload’s summary, which they toast while marking each field', async () => {
    const fromAdmin = await explainValidationErrors({
      error,
      context: {},
      req: request('http://localhost:3000/admin/collections/guides/7'),
      result,
    });
    expect(fromAdmin).toBeUndefined();
  });

  it('leave other errors as Payload wrote them', async () => {
    const other = await explainValidationErrors({
      error: new Error('Not Found'),
      context: {},
      req: request(),
      result: { errors: [{ message: 'Not Found' }] },
    });
    expect(other).toBeUndefined();
  });
});
