import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, publishGuideInSpanishAndEnglish, spanishGuide } from '../testing/fixtures.ts';
import { type PayloadOverHttp, servePayloadOverHttp } from '../testing/servePayloadOverHttp.ts';
import { expectSameSnapshotFolders } from '../testing/snapshotFolders.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { exportSnapshot } from './exportSnapshot.ts';
import { exportSnapshotIncrementally } from './exportSnapshotIncrementally.ts';
import { localApiSource } from './localApiSource.ts';
import { restSource } from './restSource.ts';

// The REST source against Payload's own REST API: `handleEndpoints`, which the app's /api route calls through
// `@payloadcms/next/routes`, served by node:http on 127.0.0.1 with the test's database. Payload, not a stand-in,
// answers the queries, applies the access rules and serves the files.
describe('exporting over REST from a running CMS', () => {
  let test: TestPayload;
  let server: PayloadOverHttp;
  let baseUrl: string;
  const now = new Date('2026-11-23T12:00:00Z');

  beforeAll(async () => {
    test = await startTestPayload();
    const { payload } = test;
    const ids = await createCountryAndTopic(payload);
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer();
    const upload = (name: string) =>
      payload.create({
        collection: 'media',
        locale: 'es',
        data: { alt: name },
        file: { data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length },
      });

    await publishGuideInSpanishAndEnglish(payload, ids, { es: 'Permiso de trabajo', en: 'Work permit' });
    await payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Residencia temporal'), image: (await upload('publicada')).id, _status: 'published' },
    });
    const changed = await payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Refugio'), _status: 'published' },
    });
    await payload.update({ collection: 'guides', id: changed.id, locale: 'es', draft: true, data: { title: 'Refugio (sin publicar)' } });
    await payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide(ids, 'Solo un borrador'), image: (await upload('borrador')).id, _status: 'draft' },
    });

    server = await servePayloadOverHttp(test);
    baseUrl = server.baseUrl;
  });
  afterAll(async () => {
    await server?.close();
    await test?.stop();
  });

  it('exports the same snapshot as the database itself: published versions only, read a page at a time', async () => {
    const overRest = await exportSnapshot(restSource(baseUrl, { pageSize: 1 }), {
      outFile: path.join(test.directory, 'rest', 'snapshot.json'),
      now,
    });
    const inProcess = await exportSnapshot(localApiSource(test.payload, { mediaDir: test.mediaDir, description: 'the test database' }), {
      outFile: path.join(test.directory, 'local', 'snapshot.json'),
      now,
    });

    const titles = overRest.snapshot.guides.map((guide) => guide.title.es);
    expect(titles.sort()).toEqual(['Permiso de trabajo', 'Refugio', 'Residencia temporal']);
    expect(overRest.snapshot.guides.find((guide) => guide.slug === 'permiso-de-trabajo')?.title).toEqual({
      es: 'Permiso de trabajo',
      en: 'Work permit',
    });
    expect(overRest.snapshot.media.map((media) => media.file)).toEqual(['media/publicada.png']);
    expect(overRest.snapshot).toEqual(inProcess.snapshot);
    expect(await readFile(path.join(test.directory, 'rest', 'media', 'publicada.png'))).toEqual(
      await readFile(path.join(test.mediaDir, 'publicada.png')),
    );
  });

  it('exports incrementally too: lists stamps with select, reads the changed documents by id', async () => {
    const local = localApiSource(test.payload, { mediaDir: test.mediaDir, description: 'the test database' });
    const base = await exportSnapshot(restSource(baseUrl), { outFile: path.join(test.directory, 'rest-base', 'snapshot.json'), now });
    const { docs } = await test.payload.find({ collection: 'guides', where: { slug: { equals: 'residencia-temporal' } }, depth: 0 });
    await test.payload.update({
      collection: 'guides',
      id: docs[0]?.id ?? 0,
      locale: 'en',
      data: { title: 'Temporary residence', _status: 'published' },
    });

    const incremental = await exportSnapshotIncrementally(restSource(baseUrl, { pageSize: 1 }), {
      base: base.file,
      outFile: path.join(test.directory, 'rest-incremental', 'snapshot.json'),
      now,
    });
    const full = await exportSnapshot(local, { outFile: path.join(test.directory, 'local-full', 'snapshot.json'), now });

    // Two guides and the image kept; the translated guide read.
    expect(incremental.report).toMatchObject({ mode: 'incremental', kept: 3, media: { copied: 0, linked: 1 } });
    expect(incremental.report.read - full.snapshot.countries.length - full.snapshot.topics.length).toBe(1);
    await expectSameSnapshotFolders(incremental.file, full.file);
  });

  it("does not serve a draft's image, and says which address failed and how", async () => {
    await expect(
      restSource(baseUrl).copyMediaFile({ id: 0, url: '/api/media/file/borrador.png' }, path.join(test.directory, 'borrador.png')),
    ).rejects.toThrow(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/media\/file\/borrador\.png answered 403 Forbidden/);
  });
});
