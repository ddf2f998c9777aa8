import path from 'node:path';
import { handleEndpoints, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../export/exportSnapshot.ts';
import { localApiSource } from '../export/localApiSource.ts';
import { calendarDayIn } from '../i18n/adminDates.ts';
import type { Guide, User } from '../payload-types.ts';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { markReviewed } from './markReviewed.ts';

const password = 'a long test password';

describe('mark as reviewed', () => {
  let test: TestPayload;
  let payload: Payload;
  let ids: { country: number; topic: number };
  let otherCountry: number;
  const users: Record<string, User> = {};

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    ids = await createCountryAndTopic(payload);
    otherCountry = (
      await payload.create({
        collection: 'countries',
        locale: 'es',
        data: { code: 'GT', slug: 'guatemala', name: 'Guatemala', locales: ['es'], emergencyNumbers: [] },
      })
    ).id;
    const account = async (email: string, data: Partial<User>) =>
      payload.create({ collection: 'users', data: { email, password, roles: ['country-editor'], ...data } as never });
    users.admin = await account('admin@example.org', { roles: ['admin'] });
    users.reviewer = await account('reviewer@example.org', {
      roles: ['reviewer'],
      countries: [ids.country],
      organization: 'Hub de Información de Upala',
    });
    users.otherReviewer = await account('gt-reviewer@example.org', { roles: ['reviewer'], countries: [otherCountry] });
    users.translator = await account('translator@example.org', { roles: ['translator'], countries: [ids.country] });
  });
  afterAll(async () => {
    await test?.stop();
  });

  /** A published guide in Spanish and English with an unpublished Spanish draft on top of it. */
  async function publishedGuideWithPendingDraft(title: string): Promise<Guide> {
    const created = await payload.create({
      collection: 'guides',
      locale: 'es',
      data: {
        ...spanishGuide(ids, title),
        review: { lastReviewedAt: '2026-01-10T00:00:00.000Z', reviewedBy: 'Antes' },
        _status: 'published',
      },
    });
    await payload.update({ collection: 'guides', id: created.id, locale: 'en', data: { title: `${title} (en)`, _status: 'published' } });
    await payload.update({ collection: 'guides', id: created.id, locale: 'es', draft: true, data: { title: `${title} (borrador)` } });
    return payload.findByID({ collection: 'guides', id: created.id, locale: 'all' as 'es', draft: false });
  }

  const versionCount = async (id: number) =>
    (await payload.countVersions({ collection: 'guides', where: { parent: { equals: id } } })).totalDocs;

  it('stamps every language at once without touching the published text, the draft or the version history', async () => {
    const published = await publishedGuideWithPendingDraft('Permiso de trabajo');
    const versionsBefore = await versionCount(published.id);
    const now = new Date('2026-11-23T15:00:00.000Z');

    const review = await markReviewed({ payload, collection: 'guides', id: published.id, user: users.reviewer as User, now });

    expect(review).toEqual({
      // the day it is in Costa Rica, as a calendar day (midnight UTC of it)
      lastReviewedAt: '2026-11-23T00:00:00.000Z',
      reviewedBy: 'Hub de Información de Upala',
      // guides are reviewed every 180 days unless they say otherwise
      nextReviewDueAt: '2027-05-22T00:00:00.000Z',
    });
    const after = await payload.findByID({ collection: 'guides', id: published.id, locale: 'all' as 'es', draft: false });
    const { review: reviewAfter, ...contentAfter } = after;
    const { review: _reviewBefore, ...contentBefore } = published;
    expect(contentAfter).toEqual(contentBefore);
    expect(after.updatedAt).toBe(published.updatedAt);
    expect(reviewAfter).toMatchObject(review);

    expect(await versionCount(published.id)).toBe(versionsBefore);
    const draft = await payload.findByID({ collection: 'guides', id: published.id, locale: 'es', draft: true });
    expect(draft.title).toBe('Permiso de trabajo (borrador)');
    expect(draft._status).toBe('draft');
    expect(draft.review).toMatchObject(review);

    const { snapshot } = await exportSnapshot(localApiSource(payload, { mediaDir: test.mediaDir, description: 'the test database' }), {
      outFile: path.join(test.directory, 'reviewed', 'snapshot.json'),
    });
    const exported = snapshot.guides.find((guide) => guide.slug === 'permiso-de-trabajo');
    expect(exported?.title).toEqual({ es: 'Permiso de trabajo', en: 'Permiso de trabajo (en)' });
    expect(exported?.lastReviewedAt).toBe('2026-11-23T00:00:00.000Z');
    expect(exported?.reviewedBy).toBe('Hub de Información de Upala');
  });

  it('dates a review made in the evening in the country by that day, not by the UTC one', async () => {
    const published = await publishedGuideWithPendingDraft('Reunificación familiar');
    // 7 p.m. on 23 November in Costa Rica (UTC−6) is already the 24th in UTC.
    const evening = new Date('2026-11-24T01:00:00.000Z');
    const review = await markReviewed({ payload, collection: 'guides', id: published.id, user: users.reviewer as User, now: evening });
    expect(review.lastReviewedAt).toBe('2026-11-23T00:00:00.000Z');
  });

  it('keeps the review when the pending draft is published later, even from a form opened before the review', async () => {
    const published = await publishedGuideWithPendingDraft('Residencia temporal');
    await markReviewed({
      payload,
      collection: 'guides',
      id: published.id,
      user: users.reviewer as User,
      now: new Date('2026-11-23T15:00:00Z'),
    });

    // The editor's form still holds the review from before and sends it with the publish.
    await payload.update({
      collection: 'guides',
      id: published.id,
      locale: 'es',
      data: { title: 'Residencia temporal (nueva)', review: published.review, _status: 'published' },
    });
    const republished = await payload.findByID({ collection: 'guides', id: published.id, locale: 'es', draft: false });
    expect(republished.title).toBe('Residencia temporal (nueva)');
    expect(republished.review?.lastReviewedAt).toBe('2026-11-23T00:00:00.000Z');
    expect(republished.review?.reviewedBy).toBe('Hub de Información de Upala');
    expect(republished.review?.nextReviewDueAt).toBe('2027-05-22T00:00:00.000Z');
  });

  describe('over the REST API', () => {
    let guideId: number;
    beforeAll(async () => {
      guideId = (await publishedGuideWithPendingDraft('Refugio')).id;
    });

    async function post(email: string | undefined, id: number | string = guideId, collection = 'guides') {
      const headers = new Headers();
      if (email) {
        const { token } = await payload.login({ collection: 'users', data: { email, password } });
        headers.set('Authorization', `JWT ${token}`);
      }
      const request = new Request(`http://127.0.0.1/api/${collection}/${id}/mark-reviewed`, { method: 'POST', headers });
      return handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: test.directory });
    }

    it('refuses the public, translators and reviewers of another country, and leaves the review as it was', async () => {
      expect((await post(undefined)).status).toBe(403);
      expect((await post('translator@example.org')).status).toBe(403);
      // Staff cannot even see another country's documents, so for them the guide does not exist.
      expect((await post('gt-reviewer@example.org')).status).toBe(404);
      const guide = await payload.findByID({ collection: 'guides', id: guideId, draft: false });
      expect(guide.review?.lastReviewedAt).toBe('2026-01-10T00:00:00.000Z');
    });

    it("lets the country's reviewer and an admin mark it reviewed; an admin without an organisation names none", async () => {
      const byReviewer = await post('reviewer@example.org');
      expect(byReviewer.status).toBe(200);
      expect((await byReviewer.json()).review.reviewedBy).toBe('Hub de Información de Upala');

      const byAdmin = await post('admin@example.org');
      expect(byAdmin.status).toBe(200);
      const guide = await payload.findByID({ collection: 'guides', id: guideId, draft: false });
      expect(guide.review?.reviewedBy).toBeNull();
      expect(guide.review?.lastReviewedAt).toBe(calendarDayIn(new Date(), 'America/Costa_Rica'));
    });

    it("asks for the same rebuild a publish does, and keeps the list's last-modified date", async () => {
      const published = await publishedGuideWithPendingDraft('Asilo');
      await payload.delete({ collection: 'site-builds', where: {} });
      expect((await post('reviewer@example.org', published.id)).status).toBe(200);
      const { docs: builds } = await payload.find({ collection: 'site-builds', depth: 0 });
      expect(builds.map((build) => [build.status, build.summary])).toEqual([['queued', `guides "${published.slug}" reviewed`]]);
      // The admin's list reads the latest version (the pending draft): its "last modified" cell stays filled.
      const { docs: listed } = await payload.find({ collection: 'guides', draft: true, where: { id: { equals: published.id } } });
      expect(listed[0]?.title).toBe('Asilo (borrador)');
      expect(listed[0]?.updatedAt).toEqual(expect.any(String));
      expect(listed[0]?.review?.lastReviewedAt).toBeDefined();
    });

    it('asks for no rebuild of a document that was never published', async () => {
      const draft = await payload.create({
        collection: 'guides',
        locale: 'es',
        draft: true,
        data: { ...spanishGuide(ids, 'Solo borrador'), _status: 'draft' },
      });
      await payload.delete({ collection: 'site-builds', where: {} });
      expect((await post('reviewer@example.org', draft.id)).status).toBe(200);
      expect((await payload.count({ collection: 'site-builds' })).totalDocs).toBe(0);
    });

    it('answers 404 for a document that does not exist, and for a collection that is not reviewed', async () => {
      expect((await post('admin@example.org', 999_999)).status).toBe(404);
      expect((await post('admin@example.org', ids.topic, 'topics')).status).toBe(404);
    });
  });
});
