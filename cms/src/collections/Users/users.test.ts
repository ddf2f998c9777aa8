import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from '../../testing/startTestPayload.ts';

describe('users and roles', () => {
  let test: TestPayload;
  let payload: Payload;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('makes the first account an admin, and later ones country editors by default', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.org', password: 'a long test password', roles: ['translator'] },
    });
    const second = await payload.create({
      collection: 'users',
      data: { email: 'second@example.org', password: 'a long test password' } as never,
    });
    expect(first.roles).toEqual(['admin']);
    expect(second.roles).toEqual(['country-editor']);
  });

  it('lets a user change their own name but not their roles or countries', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'second@example.org' } } });
    const user = docs[0];
    if (!user) throw new Error('the second user is missing');
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { name: 'Ana', roles: ['admin'] },
      overrideAccess: false,
      user,
    });
    expect(updated.name).toBe('Ana');
    expect(updated.roles).toEqual(['country-editor']);
  });

  it('keeps other accounts out of reach of non-admins', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'second@example.org' } } });
    const { docs: admins } = await payload.find({ collection: 'users', where: { email: { equals: 'first@example.org' } } });
    await expect(
      payload.update({ collection: 'users', id: admins[0]?.id ?? 0, data: { name: 'Mallory' }, overrideAccess: false, user: docs[0] }),
    ).rejects.toThrow();
  });
});
