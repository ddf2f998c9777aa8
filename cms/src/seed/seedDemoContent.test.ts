import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../export/exportSnapshot.ts';
import { localApiSource } from '../export/localApiSource.ts';
import { rejectionOf } from '../testing/rejection.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import type { DemoContent, DemoGuide } from './demo-content/types.ts';
import { type SeedReport, seedDemoContent } from './seedDemoContent.ts';

const country = 'costa-rica';
const guide = (slug: string, title: DemoGuide['title']): DemoGuide => ({
  slug,
  country,
  topic: 'regular-channels',
  audiences: ['settled'],
  title,
  summary: { es: `Resumen de ${title.es}`, ...(title.en ? { en: `Summary of ${title.en}` } : {}) },
  requiredDocuments: [{ name: { es: 'Pasaporte', en: 'Passport' }, details: { es: 'Vigente' } }],
  steps: [{ title: { es: 'Pide una cita', en: 'Book an appointment' } }],
  officialSources: [{ title: { es: 'Migración' }, url: 'https://migracion.example' }],
  body: { es: ['Primer párrafo.', 'Segundo párrafo.'], en: ['First paragraph.'] },
  lastReviewedAt: '2026-08-14T00:00:00Z',
  reviewedBy: 'Hub de Upala',
  reviewIntervalDays: 180,
});

const content: DemoContent = {
  topics: [
    {
      slug: 'regular-channels',
      kind: 'regular-channels',
      order: 1,
      title: { es: 'Migrar de forma regular', en: 'Migrating regularly', fr: 'Migrer' },
    },
    { slug: 'risks', kind: 'risks', order: 2, title: { es: 'Riesgos', en: 'Risks' }, description: { es: 'Peligros en la ruta.' } },
  ],
  countries: [
    {
      country: {
        code: 'CR',
        slug: country,
        name: { es: 'Costa Rica', ht: 'Kosta Rika' },
        locales: ['es', 'en'],
        emergencyNumbers: [{ number: '911', label: { es: 'Emergencias', en: 'Emergencies' } }],
      },
      guides: [
        guide('residencia-temporal', { es: 'Residencia temporal', en: 'Temporary residence' }),
        guide('permiso-de-cosecha', { es: 'Permiso de cosecha' }),
      ],
      draftGuides: [guide('retorno-asistido', { es: 'Retorno asistido', en: 'Assisted return' })],
      services: [
        {
          slug: 'asesoria-legal',
          country,
          organization: 'Clínica Jurídica',
          name: { es: 'Asesoría legal', en: 'Legal advice' },
          description: { es: 'Gratis.', en: 'Free.' },
          category: 'legal-aid',
          city: 'Upala',
          location: { latitude: 10.9, longitude: -85.02 },
          phones: [{ number: '+50620000001', type: 'whatsapp', label: { es: 'Mensajes' } }],
          status: 'active',
          languages: ['es', 'en'],
        },
      ],
      hubs: [
        {
          slug: 'upala',
          country,
          name: { es: 'Hub de Upala' },
          municipality: 'Upala',
          address: { es: 'Frente al parque' },
          phones: [],
          modalities: ['in-person'],
        },
      ],
      alerts: [
        {
          slug: 'citas-falsas',
          country,
          severity: 'danger',
          title: { es: 'Nadie vende citas', en: 'Nobody sells appointments' },
          body: { es: 'Las citas son gratis.', en: 'Appointments are free.' },
          startsAt: '2026-11-01T00:00:00Z',
        },
      ],
    },
  ],
};

describe('the demo seed', () => {
  let test: TestPayload;
  let payload: Payload;
  const log: string[] = [];
  const seed = () =>
    seedDemoContent(payload, content, {
      admin: { configuredPassword: 'demo password for tests', loginFile: path.join(test.directory, 'demo-admin.json') },
      log: (line) => log.push(line),
    });
  const documentCounts = async () => {
    const counts: Record<string, number> = {};
    for (const collection of ['users', 'topics', 'countries', 'guides', 'services', 'hubs', 'alerts'] as const) {
      counts[collection] = (await payload.count({ collection })).totalDocs;
    }
    for (const collection of ['guides', 'services', 'hubs', 'alerts'] as const) {
      counts[`${collection} versions`] = (await payload.countVersions({ collection })).totalDocs;
    }
    return counts;
  };

  let firstRun: SeedReport;
  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    firstRun = await seed();
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('creates every document and says so', () => {
    expect(firstRun.documents).toEqual({
      users: { created: 1, kept: 0 },
      topics: { created: 2, kept: 0 },
      countries: { created: 1, kept: 0 },
      guides: { created: 2, kept: 0 },
      'draft guides': { created: 1, kept: 0 },
      services: { created: 1, kept: 0 },
      hubs: { created: 1, kept: 0 },
      alerts: { created: 1, kept: 0 },
    });
    expect(firstRun.demoFlag).toBe('set');
    expect(log).toContain('created guides "residencia-temporal" (costa-rica) in es, en');
    expect(log).toContain('created countries "costa-rica" in es, en, ht');
  });

  it('changes and duplicates nothing when run again', async () => {
    const before = await documentCounts();
    const secondRun = await seed();
    expect(Object.values(secondRun.documents).every(({ created }) => created === 0)).toBe(true);
    expect(secondRun.documents.guides).toEqual({ created: 0, kept: 2 });
    expect(secondRun.demoFlag).toBe('already set');
    expect(await documentCounts()).toEqual(before);
  });

  it('produces content that exports as a valid snapshot, translations included and drafts left out', async () => {
    const { snapshot } = await exportSnapshot(
      localApiSource(payload, { mediaDir: test.mediaDir, description: 'the seeded test database' }),
      {
        outFile: path.join(test.directory, 'snapshot.json'),
      },
    );
    expect(snapshot.demo).toBe(true);
    expect(snapshot.guides.map((item) => item.slug).sort()).toEqual(['permiso-de-cosecha', 'residencia-temporal']);
    const residence = snapshot.guides.find((item) => item.slug === 'residencia-temporal');
    expect(residence?.bodyHtml).toEqual({ es: '<p>Primer párrafo.</p><p>Segundo párrafo.</p>', en: '<p>First paragraph.</p>' });
    expect(residence?.requiredDocuments).toEqual([{ name: { es: 'Pasaporte', en: 'Passport' }, details: { es: 'Vigente' } }]);
    expect(residence?.lastReviewedAt).toBe('2026-08-14T00:00:00.000Z');
    expect(snapshot.services[0]).toMatchObject({
      location: { latitude: 10.9, longitude: -85.02 },
      phones: [{ number: '+50620000001', type: 'whatsapp', label: { es: 'Mensajes' } }],
    });
    expect(snapshot.countries[0]?.name).toEqual({ es: 'Costa Rica', ht: 'Kosta Rika' });
  });

  it('leaves no half-made document when a translation is rejected', async () => {
    const broken: DemoContent = {
      topics: content.topics,
      countries: [
        {
          ...(content.countries[0] as DemoContent['countries'][number]),
          guides: [{ ...guide('solo-en-ingles', { es: 'Solo en inglés', en: 'English only' }), cost: { en: 'USD 20' } }],
          draftGuides: [],
          services: [],
          hubs: [],
          alerts: [],
        },
      ],
    };
    const details = await rejectionOf(
      seedDemoContent(payload, broken, {
        admin: { configuredPassword: 'unused', loginFile: path.join(test.directory, 'demo-admin.json') },
        log: () => {},
      }),
    );
    expect(details).toEqual([expect.stringContaining('field "cost": There is text in English but none in Spanish')]);
    expect((await payload.count({ collection: 'guides', where: { slug: { equals: 'solo-en-ingles' } } })).totalDocs).toBe(0);
  });
});
