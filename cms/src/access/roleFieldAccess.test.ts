import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../payload-types.ts';
import { createDocument, createRoleWorld, type RoleWorld } from '../testing/roleFixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { localesOfferedTo } from './localesInAdmin.ts';

// Which fields of their own country's documents translators and reviewers reach (Local API, access control on).
describe('what translators and reviewers may change in a document', () => {
  let test: TestPayload;
  let payload: Payload;
  let world: RoleWorld;
  let guide: number;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    world = await createRoleWorld(payload);
    guide = await createDocument(
      payload,
      'guides',
      { country: world.countries.honduras, topic: world.topic, slug: 'permiso' },
      'published',
    );
  });
  afterAll(async () => {
    await test?.stop();
  });

  const latest = (locale: 'es' | 'ht') =>
    payload.findByID({ collection: 'guides', id: guide, draft: true, locale, fallbackLocale: false as never, depth: 0 }) as Promise<Guide>;
  const saveDraft = (user: keyof RoleWorld['users'], locale: 'es' | 'ht', data: Partial<Guide>) =>
    payload.update({
      collection: 'guides',
      id: guide,
      locale,
      draft: true,
      data: { ...data, _status: 'draft' },
      overrideAccess: false,
      user: world.users[user],
    });

  it("lets a translator translate a list's rows into their language, leaving the Spanish as it was", async () => {
    const rows = (await latest('es')).requiredDocuments ?? [];
    await saveDraft('translator', 'ht', {
      title: 'Pèmi travay',
      requiredDocuments: rows.map((row, index) => ({ id: row.id, name: ['Paspò ki valab', 'De foto'][index] ?? '' })),
    });
    expect((await latest('ht')).requiredDocuments?.map((row) => row.name)).toEqual(['Paspò ki valab', 'De foto']);
    expect((await latest('es')).requiredDocuments?.map((row) => row.name)).toEqual(['Pasaporte vigente', 'Dos fotografías']);
    expect((await latest('ht')).title).toBe('Pèmi travay');
  });

  it('drops rows a translator adds or removes: the rows are shared by every language', async () => {
    const rows = (await latest('ht')).requiredDocuments ?? [];
    await saveDraft('translator', 'ht', { requiredDocuments: [...rows, { name: 'Yon lòt dokiman' }] });
    await saveDraft('translator', 'ht', { requiredDocuments: rows.slice(1) });
    expect((await latest('ht')).requiredDocuments?.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect((await latest('es')).requiredDocuments?.map((row) => row.name)).toEqual(['Pasaporte vigente', 'Dos fotografías']);
  });

  it('drops what a translator changes outside the text of their language: slug, links, country, dates', async () => {
    const before = await latest('es');
    await saveDraft('translator', 'ht', {
      slug: 'lot-adres',
      officialSources: before.officialSources?.map((source) => ({ ...source, url: 'https://example.org/lot' })),
      review: { ...before.review, lastReviewedAt: '2020-01-01T00:00:00.000Z' },
    });
    const after = await latest('es');
    expect(after.slug).toBe('permiso');
    expect(after.officialSources?.map((source) => source.url)).toEqual(['https://migracion.example/tramites']);
    expect(after.review?.lastReviewedAt).toBe(before.review?.lastReviewedAt);
  });

  it('refuses a translator a language they do not translate into', async () => {
    await expect(saveDraft('translator', 'es', { title: 'Otro título' })).rejects.toThrow(/not allowed/i);
    expect((await latest('es')).title).toBe('Documento permiso');
  });

  it('lets a reviewer confirm the review date and organisation, and nothing else', async () => {
    await saveDraft('reviewer', 'es', {
      title: 'Cambiado por la revisora',
      review: { lastReviewedAt: '2026-11-20T00:00:00.000Z', reviewedBy: 'ACNUR', reviewIntervalDays: 7 },
    });
    const after = await latest('es');
    expect(after.title).toBe('Documento permiso');
    // The interval stays the editor's; the next due date follows from the new review date (180 days later).
    expect(after.review).toEqual({
      lastReviewedAt: '2026-11-20T00:00:00.000Z',
      reviewedBy: 'ACNUR',
      reviewIntervalDays: 180,
      nextReviewDueAt: '2027-05-19T00:00:00.000Z',
    });
  });

  it('leaves restoring an earlier version, every field in every language, to the editor', async () => {
    const { docs } = await payload.findVersions({
      collection: 'guides',
      where: { parent: { equals: guide } },
      sort: 'createdAt',
      limit: 1,
    });
    const first = String(docs[0]?.id);
    const restore = (user: keyof RoleWorld['users']) =>
      payload.restoreVersion({ collection: 'guides', id: first, draft: true, overrideAccess: false, user: world.users[user] });
    for (const user of ['translator', 'reviewer'] as const)
      await expect(restore(user)).rejects.toThrow(/Only a country editor or an admin restores/);
    await restore('editor');
    expect((await latest('ht')).title).toBeUndefined();
  });

  it('hides the Publish button from translators and reviewers, and shows it to the editor', async () => {
    const publishAllowed = async (user: keyof RoleWorld['users']) => {
      const access = payload.collections.guides.config.access.update;
      const answer = await access({
        id: guide,
        data: { _status: 'published' },
        req: { user: world.users[user], payload, locale: 'ht' } as never,
      });
      return answer !== false;
    };
    expect(await publishAllowed('translator')).toBe(false);
    expect(await publishAllowed('reviewer')).toBe(false);
    expect(await publishAllowed('editor')).toBe(true);
  });

  it('offers translators and reviewers no action on several documents at once, which the list offers to editors', async () => {
    const updateMany = (user: keyof RoleWorld['users']) =>
      payload.update({
        collection: 'guides',
        where: { id: { equals: guide } },
        locale: 'ht',
        draft: true,
        data: { title: 'Tit', _status: 'draft' },
        overrideAccess: false,
        user: world.users[user],
      });
    for (const user of ['translator', 'reviewer'] as const) await expect(updateMany(user)).rejects.toThrow(/not allowed/i);
    expect((await updateMany('editor')).errors).toEqual([]);
    // What the admin asks to decide whether the list shows "Publish" and "Unpublish" for the selected rows.
    const listAllowsUpdates = async (user: keyof RoleWorld['users']) =>
      (await payload.collections.guides.config.access.update({ req: { user: world.users[user], payload, locale: 'ht' } as never })) !==
      false;
    expect(await listAllowsUpdates('translator')).toBe(false);
    expect(await listAllowsUpdates('reviewer')).toBe(false);
    expect(await listAllowsUpdates('editor')).toBe(true);
  });

  it("offers a translator their languages and the Spanish source in the admin's language picker, and others every language", () => {
    const locales = payload.config.localization ? payload.config.localization.locales : [];
    const codes = (user: keyof RoleWorld['users']) => localesOfferedTo(world.users[user], locales).map(({ code }) => code);
    expect(codes('translator')).toEqual(['es', 'ht']);
    expect(codes('editor')).toEqual(locales.map(({ code }) => code));
    expect(codes('reviewer')).toEqual(locales.map(({ code }) => code));
  });
});
