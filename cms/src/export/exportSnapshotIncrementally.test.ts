import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Snapshot, slugify } from '@infohub/content-schemas';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsToRichText } from '../seed/lexical.ts';
import { createCountryAndTopic, publishGuideInSpanishAndEnglish, spanishGuide } from '../testing/fixtures.ts';
import { createDocument } from '../testing/roleFixtures.ts';
import { expectSameSnapshotFolders } from '../testing/snapshotFolders.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import type { ContentSource } from './contentSource.ts';
import type { ExportReport } from './exportReport.ts';
import { exportSnapshot } from './exportSnapshot.ts';
import { exportSnapshotIncrementally } from './exportSnapshotIncrementally.ts';
import { localApiSource } from './localApiSource.ts';

/** A Spanish body whose only paragraph links to the guide with this id, as the editor's link button stores it. */
function bodyLinkingTo(guideId: number) {
  const body = paragraphsToRichText(['Antes, lea ']);
  (body.root.children[0] as unknown as { children: unknown[] }).children.push({
    type: 'link',
    version: 3,
    fields: { linkType: 'internal', doc: { relationTo: 'guides', value: guideId }, newTab: false },
    children: [{ type: 'text', text: 'la otra guía', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  });
  return body;
}

async function png(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 6, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

// Each edit an editor could make, applied one after another to one database. After each, an incremental export
// from the previous incremental snapshot must write exactly what a full export of the same database writes, while
// reading whole only the documents the edit concerns.
describe('exporting incrementally', () => {
  let test: TestPayload;
  let source: ContentSource;
  let ids: { country: number; topic: number };
  // Ids, filled in as the documents are made.
  const guides = {} as Record<'workPermit' | 'studentVisa' | 'residence' | 'refuge' | 'asylum' | 'naturalisation' | 'border', number>;
  const images = {} as Record<'office' | 'border', number>;
  const services = {} as Record<'cruz-roja' | 'casa-del-migrante', number>;
  let alert: number;
  /** The snapshot the next incremental export starts from: always the previous incremental one. */
  let live: string;
  let exports = 0;
  const now = new Date('2026-12-01T10:00:00.000Z');

  /** Exports both ways into folders of their own, checks the folders are the same, and returns the incremental report. */
  async function exportBothWays(): Promise<{ report: ExportReport; snapshot: Snapshot; base: string }> {
    exports += 1;
    const base = live;
    const incremental = await exportSnapshotIncrementally(source, {
      base,
      outFile: path.join(test.directory, `incremental-${exports}`, 'snapshot.json'),
      now,
    });
    const full = await exportSnapshot(source, { outFile: path.join(test.directory, `full-${exports}`, 'snapshot.json'), now });
    await expectSameSnapshotFolders(incremental.file, full.file);
    expect(incremental.report.fullExportReason).toBeUndefined();
    expect(incremental.report.mode).toBe('incremental');
    live = incremental.file;
    return { report: incremental.report, snapshot: incremental.snapshot, base };
  }

  /** Documents read whole besides the countries and topics, which are read every time. */
  const readBesides = ({ report, snapshot }: { report: ExportReport; snapshot: Snapshot }) =>
    report.read - snapshot.countries.length - snapshot.topics.length;

  const guideNamed = (snapshot: Snapshot, slug: string) => snapshot.guides.find((guide) => guide.slug === slug);

  beforeAll(async () => {
    test = await startTestPayload();
    const { payload } = test;
    source = localApiSource(payload, { mediaDir: test.mediaDir, description: 'the test database' });
    ids = await createCountryAndTopic(payload);
    const publish = async (title: string, extra: Record<string, unknown> = {}) =>
      (await payload.create({ collection: 'guides', locale: 'es', data: { ...spanishGuide(ids, title), ...extra, _status: 'published' } }))
        .id;
    const upload = async (name: string, colour: string) => {
      const data = await png(colour);
      return (
        await payload.create({
          collection: 'media',
          locale: 'es',
          data: { alt: `Foto: ${name}` },
          file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
        })
      ).id;
    };

    guides.workPermit = (await publishGuideInSpanishAndEnglish(payload, ids, { es: 'Permiso de trabajo', en: 'Work permit' })).id;
    guides.studentVisa = await publish('Visa de estudiante');
    guides.residence = await publish('Residencia temporal', { body: bodyLinkingTo(guides.studentVisa) });
    images.office = await upload('oficina', '#3366aa');
    guides.refuge = await publish('Refugio', { image: images.office });
    guides.asylum = await publish('Asilo');
    guides.naturalisation = await publish('Naturalización');
    for (const slug of ['cruz-roja', 'casa-del-migrante'] as const)
      services[slug] = await createDocument(payload, 'services', { ...ids, slug }, 'published');
    await createDocument(payload, 'hubs', { ...ids, slug: 'hub-san-jose' }, 'published');
    alert = await createDocument(payload, 'alerts', { ...ids, slug: 'frontera' }, 'published');

    live = (await exportSnapshot(source, { outFile: path.join(test.directory, 'full-0', 'snapshot.json'), now })).file;
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('reads no document whole when nothing changed, and hard-links the images', async () => {
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(0);
    expect(result.report).toMatchObject({ reconverted: 0, removed: 0, media: { copied: 0, linked: 1 } });
    expect(result.report.kept).toBe(result.snapshot.guides.length + 2 + 1 + 1 + 1);
    const inode = async (snapshotFile: string) => (await stat(path.join(path.dirname(snapshotFile), 'media', 'oficina.png'))).ino;
    expect(await inode(live)).toBe(await inode(result.base));
  });

  it("reads the one guide whose English text changed, and keeps the others' entries", async () => {
    await test.payload.update({
      collection: 'guides',
      id: guides.workPermit,
      locale: 'en',
      data: { body: paragraphsToRichText(['Apply at least a month before your visa expires.']), _status: 'published' },
    });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(1);
    expect(guideNamed(result.snapshot, 'permiso-de-trabajo')?.bodyHtml?.en).toBe('<p>Apply at least a month before your visa expires.</p>');
  });

  it('reads a guide given a French translation', async () => {
    await test.payload.update({
      collection: 'guides',
      id: guides.studentVisa,
      locale: 'fr',
      data: { title: "Visa d'études", summary: 'Pour étudier au Costa Rica.', _status: 'published' },
    });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(1);
    expect(guideNamed(result.snapshot, 'visa-de-estudiante')?.title).toEqual({ es: 'Visa de estudiante', fr: "Visa d'études" });
  });

  it('leaves out an unpublished guide', async () => {
    await test.payload.update({ collection: 'guides', id: guides.naturalisation, locale: 'es', draft: false, data: { _status: 'draft' } });
    const result = await exportBothWays();
    expect(result.report).toMatchObject({ removed: 1, reconverted: 0 });
    expect(readBesides(result)).toBe(0);
    expect(guideNamed(result.snapshot, 'naturalizacion')).toBeUndefined();
  });

  it('leaves out a deleted guide', async () => {
    await test.payload.delete({ collection: 'guides', id: guides.asylum });
    const result = await exportBothWays();
    expect(result.report.removed).toBe(1);
    expect(guideNamed(result.snapshot, 'asilo')).toBeUndefined();
  });

  it('copies the new image of a new guide, and links the unchanged one', async () => {
    const data = await png('#aa3366');
    images.border = (
      await test.payload.create({
        collection: 'media',
        locale: 'es',
        data: { alt: 'Puesto fronterizo' },
        file: { data, mimetype: 'image/png', name: 'frontera.png', size: data.length },
      })
    ).id;
    guides.border = (
      await test.payload.create({
        collection: 'guides',
        locale: 'es',
        data: { ...spanishGuide(ids, 'Cruzar la frontera'), image: images.border, _status: 'published' },
      })
    ).id;
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(2);
    expect(result.report.media).toEqual({ copied: 1, linked: 1 });
    expect(guideNamed(result.snapshot, 'cruzar-la-frontera')?.image).toBe(String(images.border));
  });

  it('reads a service given a phone number', async () => {
    await test.payload.update({
      collection: 'services',
      id: services['cruz-roja'],
      locale: 'es',
      data: { phones: [{ number: '+50622224444', type: 'voice' }], _status: 'published' },
    });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(1);
    expect(result.snapshot.services.find((service) => service.slug === 'cruz-roja')?.phones).toEqual([
      { number: '+50622224444', type: 'voice' },
    ]);
  });

  it("takes a country's new emergency number without reading the documents of the country", async () => {
    await test.payload.update({
      collection: 'countries',
      id: ids.country,
      locale: 'es',
      data: { emergencyNumbers: [{ number: '1147', label: 'Emergencias' }] },
    });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(0);
    expect(result.snapshot.countries[0]?.emergencyNumbers).toEqual([{ number: '1147', label: { es: 'Emergencias' } }]);
  });

  it("takes a topic's new title without reading its guides", async () => {
    await test.payload.update({ collection: 'topics', id: ids.topic, locale: 'es', data: { title: 'Migrar con papeles' } });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(0);
    expect(result.snapshot.topics[0]?.title).toEqual({ es: 'Migrar con papeles' });
  });

  it('renders again the link of a guide to a guide whose slug changed', async () => {
    await test.payload.update({
      collection: 'guides',
      id: guides.studentVisa,
      locale: 'es',
      data: { slug: 'visa-para-estudiar', _status: 'published' },
    });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(2);
    expect(result.report.reconverted).toBe(1);
    expect(guideNamed(result.snapshot, 'residencia-temporal')?.bodyHtml?.es).toContain('href="/es/costa-rica/guides/visa-para-estudiar/"');
  });

  it('takes a new country', async () => {
    await test.payload.create({
      collection: 'countries',
      locale: 'es',
      data: { code: 'GT', slug: 'guatemala', name: 'Guatemala', locales: ['es'], emergencyNumbers: [{ number: '110', label: 'Policía' }] },
    });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(0);
    expect(result.snapshot.countries.map((country) => country.slug)).toEqual(['costa-rica', 'guatemala']);
  });

  it("renders again the links to a country's guides when the country publishes another language", async () => {
    await test.payload.update({ collection: 'countries', id: ids.country, locale: 'es', data: { locales: ['es', 'en', 'fr'] } });
    const result = await exportBothWays();
    // Only the guide that links to a guide of the country: its links may now point at French pages.
    expect(readBesides(result)).toBe(1);
    expect(result.report.reconverted).toBe(1);
  });

  it('reads a service marked reviewed, although marking it keeps its updatedAt', async () => {
    const { markReviewed } = await import('../review/markReviewed.ts');
    const admin = await test.payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'a long enough test password', roles: ['admin'], organization: 'OIM Costa Rica' },
    });
    await markReviewed({ payload: test.payload, collection: 'services', id: services['casa-del-migrante'], user: admin });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(1);
    expect(result.snapshot.services.find((service) => service.slug === 'casa-del-migrante')?.reviewedBy).toBe('OIM Costa Rica');
  });

  it('copies again an image whose alt text changed', async () => {
    await test.payload.update({ collection: 'media', id: images.office, locale: 'en', data: { alt: 'Migration office' } });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(1);
    expect(result.report.media).toEqual({ copied: 1, linked: 1 });
  });

  it('reads an alert given an end', async () => {
    await test.payload.update({
      collection: 'alerts',
      id: alert,
      locale: 'es',
      data: { endsAt: '2026-12-24T00:00:00.000Z', _status: 'published' },
    });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(1);
    expect(result.snapshot.alerts[0]?.endsAt).toBe('2026-12-24T00:00:00.000Z');
  });

  it('drops the link to a guide that was unpublished, and the image of a guide that no longer shows it', async () => {
    await test.payload.update({ collection: 'guides', id: guides.studentVisa, locale: 'es', draft: false, data: { _status: 'draft' } });
    await test.payload.update({ collection: 'guides', id: guides.refuge, locale: 'es', data: { image: null, _status: 'published' } });
    const result = await exportBothWays();
    // The guide that linked to it, and the guide without its image; the unpublished guide and the image are removed.
    expect(readBesides(result)).toBe(2);
    expect(result.report).toMatchObject({ reconverted: 1, removed: 2, media: { copied: 0, linked: 1 } });
    expect(guideNamed(result.snapshot, 'residencia-temporal')?.bodyHtml?.es).toBe('<p>Antes, lea la otra guía</p>');
    expect(result.snapshot.media.map((item) => item.file)).toEqual(['media/frontera.png']);
  });

  it('changes nothing for drafts: unpublished changes, a new draft with an image, a draft of a service', async () => {
    await test.payload.update({
      collection: 'guides',
      id: guides.workPermit,
      locale: 'es',
      draft: true,
      data: { title: 'Permiso de trabajo (borrador)' },
    });
    const data = await png('#33aa66');
    const draftImage = await test.payload.create({
      collection: 'media',
      locale: 'es',
      data: { alt: 'Solo en un borrador' },
      file: { data, mimetype: 'image/png', name: 'borrador.png', size: data.length },
    });
    await test.payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide(ids, 'Solo un borrador'), image: draftImage.id, _status: 'draft' },
    });
    await test.payload.update({
      collection: 'services',
      id: services['cruz-roja'],
      locale: 'es',
      draft: true,
      data: { phones: [{ number: '+50622225555', type: 'voice' }] },
    });

    const result = await exportBothWays();
    expect(readBesides(result)).toBe(0);
    expect(result.report).toMatchObject({ removed: 0, reconverted: 0, media: { copied: 0, linked: 1 } });
    await expectSameSnapshotFolders(live, result.base);
  });

  it('reads the register entry whose status changed, keeps the others, and leaves out one unpublished', async () => {
    const entry = (name: string) => ({
      slug: slugify(name),
      country: ids.country,
      kind: 'agency' as const,
      name,
      status: 'licensed' as const,
      authority: 'Ministerio de Trabajo',
      authorityUrl: 'https://trabajo.example/registro',
      lastCheckedAt: '2026-11-05T00:00:00.000Z',
      _status: 'published' as const,
    });
    const create = async (name: string) => (await test.payload.create({ collection: 'recruiters', locale: 'es', data: entry(name) })).id;
    const brisa = await create('Agencia Brisa');
    const norte = await create('Agencia Norte');
    await create('Agencia Sur');
    expect(readBesides(await exportBothWays())).toBe(3);

    await test.payload.update({ collection: 'recruiters', id: brisa, locale: 'es', data: { status: 'suspended', _status: 'published' } });
    await test.payload.update({ collection: 'recruiters', id: norte, locale: 'es', draft: false, data: { _status: 'draft' } });
    const result = await exportBothWays();
    expect(readBesides(result)).toBe(1);
    expect(result.report).toMatchObject({ removed: 1, reconverted: 0 });
    expect(result.snapshot.recruiters.map((recruiter) => [recruiter.slug, recruiter.status])).toEqual([
      ['agencia-brisa', 'suspended'],
      ['agencia-sur', 'licensed'],
    ]);
  });
});
