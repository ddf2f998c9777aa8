import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

describe('what the public can read', () => {
  let test: TestPayload;
  let payload: Payload;
  let draftId: number;
  let publishedId: number;
  let countryId: number;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    const ids = await createCountryAndTopic(payload);
    countryId = ids.country;
    const draft = await payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide(ids, 'Borrador'), _status: 'draft' },
    });
    const published = await payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Publicada'), _status: 'published' },
    });
    await payload.update({ collection: 'guides', id: published.id, locale: 'es', draft: true, data: { summary: 'Cambio sin publicar' } });
    draftId = draft.id;
    publishedId = published.id;
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('lists published guides only, in their published version', async () => {
    const { docs } = await payload.find({ collection: 'guides', overrideAccess: false });
    expect(docs.map((guide) => guide.id)).toEqual([publishedId]);
    expect(docs[0]?.summary).toBe('Resumen: Publicada');
  });

  it('does not return drafts when asking for them', async () => {
    const { docs } = await payload.find({ collection: 'guides', overrideAccess: false, draft: true });
    expect(docs.map((guide) => guide.id)).not.toContain(draftId);
    expect(docs.map((guide) => guide.summary)).not.toContain('Cambio sin publicar');
  });

  it('does not find a draft by its id', async () => {
    await expect(payload.findByID({ collection: 'guides', id: draftId, overrideAccess: false })).rejects.toThrow();
  });

  it('keeps versions, and so unpublished changes, to signed-in users', async () => {
    await expect(payload.findVersions({ collection: 'guides', overrideAccess: false })).rejects.toThrow();
  });

  it("shows signed-in editors their country's drafts too", async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.org', password: 'a long test password', roles: ['country-editor'], countries: [countryId] },
    });
    const { docs } = await payload.find({ collection: 'guides', overrideAccess: false, user: editor, draft: true });
    expect(docs.map((guide) => guide.id).sort()).toEqual([draftId, publishedId].sort());
    expect(docs.find((guide) => guide.id === publishedId)?.summary).toBe('Cambio sin publicar');
  });

  it('keeps user accounts private', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow();
  });
});
