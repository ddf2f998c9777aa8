import { expect } from 'vitest';
import { validationDetails } from '../errors/validationDetails.ts';

/** Runs a save that must be rejected and returns the per-field messages it was rejected with. */
export async function rejectionOf(save: Promise<unknown>): Promise<string[]> {
  const error = await save.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'the save was accepted').toBeDefined();
  const details = validationDetails(error);
  expect(details, `not a validation error: ${String(error)}`).not.toEqual([]);
  return details;
}
