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

  it('give the admin’s own forms Payload’s summary and the field errors they mark each field from', async () => {
    const fromAdmin = await explainValidationErrors({
      error,
      context: {},
      req: request('http://localhost:3000/admin/collections/guides/7'),
      result,
    });
    expect(fromAdmin?.response?.errors?.[0]).toEqual({ name: 'ValidationError', message: error.message, data: error.data });
  });

  it('put back the field errors Payload’s formatter leaves out when it does not recognise the error’s class', async () => {
    const withoutData = { errors: [{ message: error.message }] };
    const fromAdmin = await explainValidationErrors({
      error,
      context: {},
      req: request('http://localhost:3000/admin/x'),
      result: withoutData,
    });
    expect(fromAdmin?.response?.errors?.[0]?.data).toEqual(error.data);
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
