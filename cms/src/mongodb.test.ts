import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { MongooseAdapter } from '@payloadcms/db-mongodb';
import { handleEndpoints } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from './export/exportSnapshot.ts';
import { localApiSource } from './export/localApiSource.ts';
import { cacheAnonymousReads } from './readCache/anonymousReadCache.ts';
import { createCountryAndTopic, publishGuideInSpanishAndEnglish, spanishGuide } from './testing/fixtures.ts';
import { startTestPayload, type TestPayload } from './testing/startTestPayload.ts';

// No MongoDB server can run on the machines this is developed on (none is packaged for Debian, and
// mongodb-memory-server downloads its binary), so this runs only where MONGODB_URL points at one, e.g. in CI with
// a MongoDB service: MONGODB_URL=mongodb://127.0.0.1:27017 pnpm --filter @infohub/cms test
// It works in a database of its own on that server, named infohub-test-<random>, and drops it at the end.
const mongodbUrl = process.env.MONGODB_URL;

describe.skipIf(!mongodbUrl)('MongoDB', () => {
  let test: TestPayload;

  beforeAll(async () => {
    test = await startTestPayload({ databaseUrl: withDatabaseName(mongodbUrl ?? '', `infohub-test-${randomBytes(4).toString('hex')}`) });
  });
  afterAll(async () => {
    await (test?.payload.db as unknown as MongooseAdapter | undefined)?.connection.dropDatabase();
    await test?.stop();
  });

  it('publishes in two languages, keeps drafts out of the snapshot and ids are strings', async () => {
    const ids = await createCountryAndTopic(test.payload);
    await publishGuideInSpanishAndEnglish(test.payload, ids, { es: 'Permiso de trabajo', en: 'Work permit' });
    await test.payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide(ids, 'Borrador'), _status: 'draft' },
    });

    const { snapshot } = await exportSnapshot(localApiSource(test.payload, { mediaDir: test.mediaDir, description: 'MongoDB' }), {
      outFile: path.join(test.directory, 'snapshot.json'),
    });

    expect(snapshot.guides).toHaveLength(1);
    expect(snapshot.guides[0]).toMatchObject({ country: 'costa-rica', title: { es: 'Permiso de trabajo', en: 'Work permit' } });
    expect(snapshot.guides[0]?.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it("answers the public's repeated read from memory and shows a change at the next read", async () => {
    const { payload } = test;
    const { docs } = await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, limit: 1 });
    const guide = docs[0];
    if (!guide) throw new Error('The first test published no guide.');
    // Typed from the SQLite schema as a number; a string on MongoDB.
    const { id } = guide;
    let answeredByPayload = 0;
    const rest = cacheAnonymousReads(
      async (request: Request) => {
        answeredByPayload++;
        return handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: test.directory });
      },
      async () => payload,
    );
    const title = async () =>
      ((await (await rest(new Request(`http://cms.test/api/guides/${id}?locale=es`), undefined)).json()) as { title: string }).title;
    expect(await title()).toBe('Permiso de trabajo');
    expect(await title()).toBe('Permiso de trabajo');
    expect(answeredByPayload).toBe(1);
    await payload.update({ collection: 'guides', id, locale: 'es', data: { title: 'Permiso de trabajo temporal' } });
    expect(await title()).toBe('Permiso de trabajo temporal');
  });
});

/** The same server and options, another database: `mongodb://host:27017/name?options`. */
function withDatabaseName(url: string, name: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)\/?[^?]*(\?.*)?$/.exec(url);
  if (!match) throw new Error('MONGODB_URL must look like mongodb://host:27017 or mongodb+srv://host');
  return `${match[1]}/${name}${match[2] ?? ''}`;
}
