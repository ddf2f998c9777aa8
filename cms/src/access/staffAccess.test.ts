import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../payload-types.ts';
import { createCountryAndTopic } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

// What a signed-in editor who is not an admin may do, through the Local API with access checks on, as the REST
// API and the admin apply them.
describe('what signed-in staff may change', () => {
  let test: TestPayload;
  let payload: Payload;
  let admin: User;
  let editor: User;
  let ids: { country: number; topic: number };

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    // The first account becomes an admin.
    admin = await payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'a long test password', roles: ['admin'] },
    });
    ids = await createCountryAndTopic(payload);
    editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.org', password: 'a long test password', roles: ['country-editor'], countries: [ids.country] },
    });
  });
  afterAll(async () => {
    await test?.stop();
  });

  /** A draft of each collection with drafts: saved without the fields publishing requires. */
  const drafts = {
    guides: () => ({ title: 'Borrador', slug: 'borrador', country: ids.country, topic: ids.topic }),
    services: () => ({ name: 'Borrador', slug: 'borrador', country: ids.country }),
    hubs: () => ({ name: 'Borrador', slug: 'borrador', country: ids.country }),
    alerts: () => ({ title: 'Borrador', slug: 'borrador', country: ids.country }),
  } as const;

  it.each(Object.keys(drafts) as (keyof typeof drafts)[])('lets only admins delete %s', async (collection) => {
    const document = await payload.create({
      collection,
      locale: 'es',
      draft: true,
      data: { ...drafts[collection](), _status: 'draft' } as never,
    });

    await expect(payload.delete({ collection, id: document.id, overrideAccess: false, user: editor })).rejects.toThrow(/not allowed/i);
    expect((await payload.count({ collection, where: { id: { equals: document.id } } })).totalDocs).toBe(1);

    await payload.delete({ collection, id: document.id, overrideAccess: false, user: admin });
    expect((await payload.count({ collection, where: { id: { equals: document.id } } })).totalDocs).toBe(0);
  });

  it("lets a country's editors correct its name but not its code, slug or published languages", async () => {
    const updated = await payload.update({
      collection: 'countries',
      id: ids.country,
      locale: 'es',
      data: { name: 'República de Costa Rica', code: 'MX', slug: 'mexico', locales: ['es'] },
      overrideAccess: false,
      user: editor,
    });
    expect(updated).toMatchObject({ name: 'República de Costa Rica', code: 'CR', slug: 'costa-rica', locales: ['es', 'en'] });

    const byAdmin = await payload.update({
      collection: 'countries',
      id: ids.country,
      locale: 'es',
      data: { locales: ['es', 'en', 'fr'] },
      overrideAccess: false,
      user: admin,
    });
    expect(byAdmin.locales).toEqual(['es', 'en', 'fr']);
  });

  it('leaves topics, shared by every country, to admins', async () => {
    await expect(
      payload.update({
        collection: 'topics',
        id: ids.topic,
        locale: 'es',
        data: { title: 'Migrar de forma segura y regular' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/not allowed/i);

    const byAdmin = await payload.update({
      collection: 'topics',
      id: ids.topic,
      locale: 'es',
      data: { title: 'Migrar de forma segura y regular', slug: 'legal-channels' },
      overrideAccess: false,
      user: admin,
    });
    expect(byAdmin).toMatchObject({ title: 'Migrar de forma segura y regular', slug: 'legal-channels' });
  });

  it('shows a non-admin only their own account', async () => {
    const seenByEditor = await payload.find({ collection: 'users', overrideAccess: false, user: editor });
    expect(seenByEditor.docs.map((user) => user.email)).toEqual(['editor@example.org']);
    await expect(payload.findByID({ collection: 'users', id: admin.id, overrideAccess: false, user: editor })).rejects.toThrow();

    const seenByAdmin = await payload.find({ collection: 'users', overrideAccess: false, user: admin, sort: 'email' });
    expect(seenByAdmin.docs.map((user) => user.email)).toEqual(['admin@example.org', 'editor@example.org']);
  });
});
