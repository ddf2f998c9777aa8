import { handleEndpoints, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, spanishGuide } from '../../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../../testing/startTestPayload.ts';
import { ownCountriesOnly } from './countryScope.ts';

const password = 'a long test password';

describe("a country editor's scope in the admin", () => {
  let test: TestPayload;
  let payload: Payload;
  let ids: { country: number; topic: number };
  let guatemala: number;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    ids = await createCountryAndTopic(payload);
    guatemala = (
      await payload.create({
        collection: 'countries',
        locale: 'es',
        data: { code: 'GT', slug: 'guatemala', name: 'Guatemala', locales: ['es'], emergencyNumbers: [] },
      })
    ).id;
    // The first account is always an admin: make it, so the editor is only an editor.
    await payload.create({ collection: 'users', data: { email: 'admin@example.org', password, roles: ['admin'] } as never });
    await payload.create({
      collection: 'users',
      data: { email: 'cr-editor@example.org', password, roles: ['country-editor'], countries: [ids.country] } as never,
    });
  });
  afterAll(async () => {
    await test?.stop();
  });

  async function createGuide(country: number, language: string) {
    const { token } = await payload.login({ collection: 'users', data: { email: 'cr-editor@example.org', password } });
    const request = new Request('http://127.0.0.1/api/guides?draft=true', {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ ...spanishGuide({ ...ids, country }, `Guía ${country} ${language}`), _status: 'draft' }),
    });
    return handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: test.directory });
  }

  it('refuses a guide in another country and says which countries the editor works on, in their language', async () => {
    for (const [language, message] of [
      ['es', 'Solo editas Costa Rica.'],
      ['en', 'You edit Costa Rica only.'],
      ['fr', 'Vous ne modifiez que Costa Rica.'],
    ] as const) {
      const response = await createGuide(guatemala, language);
      expect(response.status).toBe(403);
      expect((await response.json()).errors[0].message).toBe(message);
    }
    expect((await payload.count({ collection: 'guides', where: { country: { equals: guatemala } } })).totalDocs).toBe(0);
  });

  it("saves a guide in the editor's own country", async () => {
    expect((await createGuide(ids.country, 'es')).status).toBe(201);
  });

  it('offers the editor only their countries in the picker, and an admin every country', async () => {
    const picker = (user: unknown) => ownCountriesOnly({ req: { user } } as never);
    const editor = await payload.find({ collection: 'users', where: { email: { equals: 'cr-editor@example.org' } }, depth: 0 });
    const where = picker(editor.docs[0]);
    expect(where).not.toBe(true);
    const offered = await payload.find({ collection: 'countries', where: where as never, depth: 0 });
    expect(offered.docs.map((country) => country.name)).toEqual(['Costa Rica']);
    expect(picker({ roles: ['admin'] })).toBe(true);
  });
});
