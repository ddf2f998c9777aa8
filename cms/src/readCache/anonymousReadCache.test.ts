import { createLocalReq, handleEndpoints, type Payload } from 'payload';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeTransaction, openTransaction } from '../database/transactions.ts';
import type { Guide, User } from '../payload-types.ts';
import { markReviewed } from '../review/markReviewed.ts';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { cacheAnonymousReads, isAnonymousDocumentRead } from './anonymousReadCache.ts';

describe("the public's REST reads, answered from memory", () => {
  let test: TestPayload;
  let payload: Payload;
  let ids: { country: number; topic: number };
  let guide: Guide;
  let admin: User;
  let token: string;
  /** What reached Payload's REST handler, rather than being answered from the cache. */
  let answeredByPayload: string[];
  let get: (path: string, headers?: Record<string, string>) => Promise<Response>;
  /** Holds Payload's next answer between being made and being returned, to let a change land in between. */
  let holdNextAnswer: { made: () => void; released: Promise<void> } | undefined;
  /** As the import does: a write in a transaction asks for the site's rebuild after its commit, not from its hooks. */
  let callerRebuilds: Record<string, boolean>;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    // Imported once the test database is set: the publishing hooks read the CMS's settings.
    const { siteBuildRequestedByCaller } = await import('../publishing/rebuildHooks.ts');
    callerRebuilds = { [siteBuildRequestedByCaller]: true };
    ids = await createCountryAndTopic(payload);
    guide = await payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Permiso de trabajo'), _status: 'published' },
    });
    admin = await payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'a long test password', roles: ['admin'] },
    });
    token = (await payload.login({ collection: 'users', data: { email: admin.email, password: 'a long test password' } })).token ?? '';
    const rest = cacheAnonymousReads(
      async (request: Request) => {
        answeredByPayload.push(new URL(request.url).pathname);
        const response = await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: test.directory });
        const hold = holdNextAnswer;
        holdNextAnswer = undefined;
        if (hold) {
          hold.made();
          await hold.released;
        }
        return response;
      },
      async () => payload,
    );
    get = (path, headers = {}) => rest(new Request(`http://cms.test/api${path}`, { headers }), undefined);
  });
  beforeEach(() => {
    answeredByPayload = [];
  });
  afterAll(async () => {
    await test?.stop();
  });

  /** Changes the guide's summary inside a transaction left open, as an import writes; returns its request. */
  const changeSummaryInATransaction = async (summary: string) => {
    const req = await createLocalReq({}, payload);
    await openTransaction(payload, req, 'the test');
    await payload.update({ collection: 'guides', id: guide.id, locale: 'es', data: { summary }, req, context: callerRebuilds });
    return req;
  };

  const readGuide = async (headers?: Record<string, string>) => {
    const response = await get(`/guides/${guide.id}?depth=2&locale=es`, headers);
    expect(response.status).toBe(200);
    return (await response.json()) as Guide & { country: { name: string } };
  };

  it('answers the same read again from memory, with the same body and headers', async () => {
    const first = await get(`/guides/${guide.id}?depth=2&locale=es`);
    const second = await get(`/guides/${guide.id}?depth=2&locale=es`);
    expect(answeredByPayload).toHaveLength(1);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
  });

  it('reads each address, language and depth on its own', async () => {
    await get(`/guides/${guide.id}?depth=2&locale=es`);
    await get(`/guides/${guide.id}?depth=0&locale=es`);
    await get(`/guides/${guide.id}?depth=2&locale=en`);
    expect(answeredByPayload).toHaveLength(2);
  });

  it('shows a published change at the next read', async () => {
    expect((await readGuide()).title).toBe('Permiso de trabajo');
    await payload.update({ collection: 'guides', id: guide.id, locale: 'es', data: { title: 'Permiso de trabajo temporal' } });
    expect((await readGuide()).title).toBe('Permiso de trabajo temporal');
  });

  it('shows a change to a document the read includes (the guide’s country, at depth 2)', async () => {
    expect((await readGuide()).country.name).toBe('Costa Rica');
    await payload.update({ collection: 'countries', id: ids.country, locale: 'es', data: { name: 'República de Costa Rica' } });
    expect((await readGuide()).country.name).toBe('República de Costa Rica');
  });

  it('shows a change written in a transaction once it is committed, and not before', async () => {
    const before = (await readGuide()).summary;
    const req = await changeSummaryInATransaction('Resumen nuevo');
    // Read while the change is uncommitted: the answer kept now holds the old summary, and must not outlive the commit.
    expect((await readGuide()).summary).toBe(before);
    await closeTransaction(payload, req, 'commit');
    expect((await readGuide()).summary).toBe('Resumen nuevo');
  });

  it('does not keep an answer read before a change as if it were read after it', async () => {
    // The next answer is held once Payload has made it, until the change below is saved.
    let answerMade = () => {};
    const made = new Promise<void>((resolve) => {
      answerMade = resolve;
    });
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    holdNextAnswer = { made: answerMade, released };
    // An address read for the first time, so that Payload makes the answer.
    const address = `/guides/${guide.id}?depth=1&locale=es`;
    const slowRead = get(address);
    await made;
    await payload.update({ collection: 'guides', id: guide.id, locale: 'es', data: { summary: 'Resumen de después' } });
    release();
    expect(((await (await slowRead).json()) as Guide).summary).not.toBe('Resumen de después');
    expect(((await (await get(address)).json()) as Guide).summary).toBe('Resumen de después');
  });

  it('never shows a change that was rolled back', async () => {
    const before = (await readGuide()).summary;
    const req = await changeSummaryInATransaction('Nunca publicado');
    await closeTransaction(payload, req, 'rollback');
    expect((await readGuide()).summary).toBe(before);
  });

  it('shows a review marked past Payload’s hooks', async () => {
    expect((await readGuide()).review?.reviewedBy ?? null).toBeNull();
    await payload.update({ collection: 'users', id: admin.id, data: { organization: 'Hub de Upala' } });
    const reviewer = await payload.findByID({ collection: 'users', id: admin.id });
    await markReviewed({ payload, collection: 'guides', id: guide.id, user: reviewer, now: new Date('2026-12-01T15:00:00Z') });
    expect((await readGuide()).review?.reviewedBy).toBe('Hub de Upala');
  });

  it('shows an unpublished guide as gone', async () => {
    const other = await payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Visa de estudio'), _status: 'published' },
    });
    expect((await get(`/guides/${other.id}`)).status).toBe(200);
    await payload.update({ collection: 'guides', id: other.id, data: { _status: 'draft' } });
    expect((await get(`/guides/${other.id}`)).status).not.toBe(200);
  });

  it('always asks Payload for a signed-in reader, who also sees drafts', async () => {
    await payload.update({ collection: 'guides', id: guide.id, locale: 'es', draft: true, data: { title: 'Borrador sin publicar' } });
    const signedIn = { authorization: `JWT ${token}` };
    const asEditor = async () => (await (await get(`/guides/${guide.id}?draft=true&locale=es`, signedIn)).json()) as Guide;
    expect((await asEditor()).title).toBe('Borrador sin publicar');
    expect((await asEditor()).title).toBe('Borrador sin publicar');
    const withCookie = await get(`/guides/${guide.id}?draft=true&locale=es`, { cookie: `payload-token=${token}` });
    expect(((await withCookie.json()) as Guide).title).toBe('Borrador sin publicar');
    expect(answeredByPayload).toHaveLength(3);
    const anonymous = (await (await get(`/guides/${guide.id}?draft=true&locale=es`)).json()) as Guide;
    expect(anonymous.title).not.toBe('Borrador sin publicar');
  });

  it('caches the documents of public collections and globals only', () => {
    const anonymousRead = (path: string, headers: Record<string, string> = {}) =>
      isAnonymousDocumentRead(new Request(`http://cms.test${path}`, { headers }), payload.config);
    expect(anonymousRead('/api/guides')).toBe(true);
    expect(anonymousRead('/api/guides/1')).toBe(true);
    expect(anonymousRead('/api/globals/site-settings')).toBe(true);
    expect(anonymousRead('/api/users/me')).toBe(false);
    expect(anonymousRead('/api/site-builds/status')).toBe(false);
    expect(anonymousRead('/api/services/import-template')).toBe(false);
    expect(anonymousRead('/api/media/file/photo.jpg')).toBe(false);
    expect(anonymousRead('/api/payload-jobs')).toBe(false);
    expect(anonymousRead('/admin/collections/guides')).toBe(false);
    expect(anonymousRead('/api/guides/%E0%A4%A')).toBe(false);
    expect(anonymousRead('/api/guides/1', { authorization: 'users API-Key abc' })).toBe(false);
    expect(anonymousRead('/api/guides/1', { cookie: 'payload-lng=es; payload-token=abc' })).toBe(false);
    expect(anonymousRead('/api/guides/1', { cookie: 'payload-lng=es' })).toBe(true);
  });
});
