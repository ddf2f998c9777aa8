import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, publishGuideInSpanishAndEnglish, spanishGuide } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { collectionsWithDrafts, exportedCollections } from './contentSource.ts';
import { exportSnapshot } from './exportSnapshot.ts';
import { localApiSource } from './localApiSource.ts';

describe('exporting the snapshot', () => {
  let test: TestPayload;
  let ids: { country: number; topic: number };
  const exportTo = (name: string) =>
    exportSnapshot(localApiSource(test.payload, { mediaDir: test.mediaDir, description: 'the test database' }), {
      outFile: path.join(test.directory, name, 'snapshot.json'),
    });

  beforeAll(async () => {
    test = await startTestPayload();
    ids = await createCountryAndTopic(test.payload);
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('holds a guide published in Spanish and English in both languages', async () => {
    await publishGuideInSpanishAndEnglish(test.payload, ids, { es: 'Permiso de trabajo', en: 'Work permit' });

    const { snapshot, file } = await exportTo('both-languages');

    const guide = snapshot.guides.find((candidate) => candidate.slug === 'permiso-de-trabajo');
    expect(guide).toMatchObject({
      country: 'costa-rica',
      topic: 'regular-channels',
      title: { es: 'Permiso de trabajo', en: 'Work permit' },
      summary: { es: 'Resumen: Permiso de trabajo', en: 'Summary: Work permit' },
      bodyHtml: { es: '<p>Más información sobre Permiso de trabajo.</p>', en: '<p>More about Work permit.</p>' },
      requiredDocuments: [{ name: { es: 'Pasaporte vigente', en: 'Valid passport' } }],
      officialSources: [{ title: { es: 'Dirección de Migración' }, url: 'https://migracion.example/tramites' }],
    });
    // Only what editors wrote: no French key, no Spanish copied into English.
    expect(Object.keys(guide?.title ?? {})).toEqual(['es', 'en']);
    expect(snapshot.countries).toEqual([
      {
        code: 'CR',
        slug: 'costa-rica',
        name: { es: 'Costa Rica' },
        locales: ['es', 'en'],
        emergencyNumbers: [{ label: { es: 'Emergencias' }, number: '911' }],
      },
    ]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(snapshot);
  });

  it('says which published translations were written against older Spanish text, and since when', async () => {
    const guide = await publishGuideInSpanishAndEnglish(test.payload, ids, { es: 'Visa de estudiante', en: 'Student visa' });
    const { snapshot: before } = await exportTo('translations-current');
    expect(before.guides.find((candidate) => candidate.slug === 'visa-de-estudiante')?.translation).toBeUndefined();

    const changeStarted = new Date().toISOString();
    const changed = await test.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'es',
      data: { summary: 'Ahora se pide también una carta de la escuela.', _status: 'published' },
    });
    const { snapshot } = await exportTo('translation-outdated');
    const exported = snapshot.guides.find((candidate) => candidate.slug === 'visa-de-estudiante');
    expect(exported?.translation?.outdated).toEqual(['en']);
    const sourceChangedAt = exported?.translation?.sourceChangedAt ?? '';
    expect(sourceChangedAt >= changeStarted && sourceChangedAt <= changed.updatedAt).toBe(true);
  });

  it('holds the country’s register of recruitment agencies as published, without its drafts', async () => {
    const entry = {
      country: ids.country,
      kind: 'agency' as const,
      otherNames: [{ name: 'Empleos del Sur' }],
      licenceNumber: 'DNE-015',
      status: 'suspended' as const,
      validUntil: '2027-01-31T00:00:00.000Z',
      authority: 'Ministerio de Trabajo',
      authorityUrl: 'https://trabajo.example/registro',
      sectors: ['agriculture' as const],
      lastCheckedAt: '2026-11-05T00:00:00.000Z',
    };
    const published = await test.payload.create({
      collection: 'recruiters',
      locale: 'es',
      data: { ...entry, name: 'Agencia Brisa', slug: 'agencia-brisa', destinations: 'Canadá', _status: 'published' },
    });
    await test.payload.update({
      collection: 'recruiters',
      id: published.id,
      locale: 'en',
      data: { destinations: 'Canada', _status: 'published' },
    });
    await test.payload.create({
      collection: 'recruiters',
      locale: 'es',
      draft: true,
      data: { ...entry, name: 'Agencia en borrador', slug: 'agencia-en-borrador' },
    });

    const { snapshot } = await exportTo('register');

    expect(snapshot.recruiters).toEqual([
      {
        id: String(published.id),
        slug: 'agencia-brisa',
        country: 'costa-rica',
        kind: 'agency',
        name: 'Agencia Brisa',
        otherNames: ['Empleos del Sur'],
        licenceNumber: 'DNE-015',
        status: 'suspended',
        validUntil: '2027-01-31T00:00:00.000Z',
        authority: 'Ministerio de Trabajo',
        authorityUrl: 'https://trabajo.example/registro',
        destinations: { es: 'Canadá', en: 'Canada' },
        sectors: ['agriculture'],
        lastCheckedAt: '2026-11-05T00:00:00.000Z',
        updatedAt: expect.any(String),
      },
    ]);
  });

  it('leaves drafts out, and keeps the published version of a guide with unpublished changes', async () => {
    await test.payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide(ids, 'Solo un borrador'), _status: 'draft' },
    });
    const published = await test.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Residencia temporal'), _status: 'published' },
    });
    await test.payload.update({
      collection: 'guides',
      id: published.id,
      locale: 'es',
      draft: true,
      data: { title: 'Residencia temporal (cambios sin publicar)' },
    });

    const { snapshot } = await exportTo('drafts');

    const titles = snapshot.guides.map((guide) => guide.title.es);
    expect(titles).toContain('Residencia temporal');
    expect(titles).not.toContain('Residencia temporal (cambios sin publicar)');
    expect(titles).not.toContain('Solo un borrador');
  });

  it('copies the images published guides show next to the snapshot', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer();
    const image = await test.payload.create({
      collection: 'media',
      locale: 'es',
      data: { alt: 'Oficina de migración' },
      file: { data: png, mimetype: 'image/png', name: 'oficina.png', size: png.length },
    });
    await test.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Guía con imagen'), image: image.id, _status: 'published' },
    });

    const { snapshot, file } = await exportTo('with-media');

    expect(snapshot.media).toEqual([
      {
        id: String(image.id),
        file: 'media/oficina.png',
        mimeType: 'image/png',
        width: 40,
        height: 30,
        alt: { es: 'Oficina de migración' },
      },
    ]);
    expect(snapshot.guides.find((guide) => guide.slug === 'guia-con-imagen')?.image).toBe(String(image.id));
    expect(await readFile(path.join(path.dirname(file), 'media', 'oficina.png'))).toEqual(png);
  });

  it('writes nothing when the content would make an invalid snapshot, and says which document is wrong', async () => {
    // Bypass the CMS's validation, as data written before a rule existed would.
    const guide = await test.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Guía rota'), _status: 'published' },
    });
    await test.payload.db.updateOne({ collection: 'guides', id: guide.id, data: { slug: 'Guía Rota' } });

    await expect(exportTo('invalid')).rejects.toThrow(/guides "Guía Rota" \(costa-rica\), field "slug": must be lower-case/);
    expect(existsSync(path.join(test.directory, 'invalid', 'snapshot.json'))).toBe(false);
    await test.payload.delete({ collection: 'guides', id: guide.id });
  });

  it('names the document and the field when a guide has lost its topic or country', async () => {
    const guide = await test.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Guía sin tema'), _status: 'published' },
    });
    // What the database did when a topic was deleted before deletions of used topics were refused.
    await test.payload.db.updateOne({ collection: 'guides', id: guide.id, data: { topic: null } });

    await expect(exportTo('missing-topic')).rejects.toThrow(
      'guides "guia-sin-tema" (costa-rica), field "topic": has no topic: the topic it had was deleted, or none was chosen. ' +
        'Choose another topic for this guide in the CMS and publish it again.',
    );
    expect(existsSync(path.join(test.directory, 'missing-topic', 'snapshot.json'))).toBe(false);
    await test.payload.delete({ collection: 'guides', id: guide.id });
  });

  it('filters on _status exactly the collections whose config has drafts', () => {
    for (const collection of exportedCollections) {
      expect(collectionsWithDrafts.has(collection), collection).toBe(Boolean(test.payload.collections[collection].config.versions?.drafts));
    }
    expect([...collectionsWithDrafts].sort()).toEqual(['alerts', 'guides', 'hubs', 'recruiters', 'services']);
  });
});
