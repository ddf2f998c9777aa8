import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { type PayloadOverHttp, servePayloadOverHttp } from '../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

// The role matrices (access/roleMatrix.test.ts, access/sharedCollectionsMatrix.test.ts) cover content, countries,
// topics, images and accounts. This covers what Payload and the publishing plugin add beside them — site builds,
// jobs, admin preferences, edit locks, migrations, versions — and account fields, asked for without signing in.
describe('what the public API gives someone not signed in', () => {
  let test: TestPayload;
  let http: PayloadOverHttp;
  let draftId: number;

  beforeAll(async () => {
    test = await startTestPayload();
    const { payload } = test;
    const ids = await createCountryAndTopic(payload);
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'public api exposure checked', roles: ['admin'], name: 'Ana Admin' },
    });
    draftId = (
      await payload.create({ collection: 'guides', locale: 'es', draft: true, data: { ...spanishGuide(ids, 'Borrador secreto') } })
    ).id;
    await payload.create({ collection: 'site-builds', data: { status: 'failed', summary: 'guides "x" published', log: 'stack trace' } });
    await payload.jobs.queue({ task: 'buildSite', input: {}, queue: 'site' } as never);
    // Written as the admin saves them (its own preference endpoint); the collection itself validates no user field.
    await payload.db.create({
      collection: 'payload-preferences',
      data: { key: 'nav', user: { relationTo: 'users', value: admin.id }, value: { open: true } },
    });
    http = await servePayloadOverHttp(test);
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
  });

  const restDocs = async (path: string) => {
    const response = await fetch(`${http.baseUrl}/api/${path}`);
    const body = (await response.json()) as { docs?: unknown[] };
    return { status: response.status, docs: body.docs ?? [] };
  };

  it.each([
    'site-builds',
    'payload-jobs',
    'payload-preferences',
    'payload-locked-documents',
    'payload-migrations',
    'payload-kv',
    'users',
    'guides/versions',
  ])('lists nothing of %s over REST', async (path) => {
    const { status, docs } = await restDocs(`${path}?depth=0`);
    expect(docs, `status ${status}`).toEqual([]);
    // Payload answers 501 for migrations over REST: not implemented there at all.
    expect([200, 403, 404, 501]).toContain(status);
  });

  it('does not give out a draft by id, with ?draft=true, or its versions', async () => {
    expect((await restDocs(`guides/${draftId}?draft=true`)).status).toBe(404);
    expect((await restDocs(`guides?draft=true&where[id][equals]=${draftId}`)).docs).toEqual([]);
    expect((await restDocs(`guides/versions?where[parent][equals]=${draftId}`)).docs).toEqual([]);
  });

  it('answers GraphQL the same: no accounts, builds, versions or drafts', async () => {
    const query = `{
      Users { docs { id email } }
      SiteBuilds { docs { id log } }
      versionsGuides { docs { id } }
      Guides(draft: true) { docs { id title } }
    }`;
    const response = await fetch(`${http.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const { data } = (await response.json()) as { data?: Record<string, { docs: unknown[] } | null> };
    for (const name of ['Users', 'SiteBuilds', 'versionsGuides', 'Guides']) {
      expect(data?.[name]?.docs ?? [], name).toEqual([]);
    }
  });
});
