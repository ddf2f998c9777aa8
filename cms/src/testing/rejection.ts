import { ValidationError } from 'payload';
import { expect } from 'vitest';
import { validationDetails } from '../errors/validationDetails.ts';

/** Runs a save that must be rejected and returns the per-field messages it was rejected with, as scripts read them. */
export async function rejectionOf(save: Promise<unknown>): Promise<string[]> {
  const details = validationDetails(await errorOf(save));
  expect(details, 'not a validation error').not.toEqual([]);
  return details;
}

/** Runs a save that must be rejected and returns what the admin's form reads: each field's path and message. */
export async function fieldErrorsOf(save: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  const error = await errorOf(save);
  expect(error, `not a validation error: ${String(error)}`).toBeInstanceOf(ValidationError);
  return (error as ValidationError).data.errors.map(({ path, message }) => ({ path, message }));
}

async function errorOf(save: Promise<unknown>): Promise<unknown> {
  const error = await save.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'the save was accepted').toBeDefined();
  return error;
}
