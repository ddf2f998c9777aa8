import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { createRoleWorld, type RoleWorld } from '../testing/roleFixtures.ts';
import { servicesCsv } from '../testing/servicesCsv.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import type { ImportOptions } from './importServices.ts';
import { readSpreadsheet } from './readSpreadsheet.ts';
import { templateHeaders } from './serviceColumns.ts';

// One row per service, under the English template's headers (any template's headers are understood).
const english = templateHeaders('en');
const column = (header: string) => english.indexOf(header);

const legalAid = {
  'Slug (URL)': 'asesoria-legal-tegucigalpa',
  'Name (es)': 'Asesoría legal gratuita',
  'Name (en)': 'Free legal advice',
  Organisation: 'Centro de Derechos',
  Category: 'Legal aid',
  Status: 'active',
  City: 'Tegucigalpa',
  'Description (es)': 'Orientación sobre trámites migratorios.',
  'Description (en)': 'Guidance on immigration procedures.',
  'Phone 1': '+50422223333',
  'Phone 1 type': 'WhatsApp',
  Website: 'https://derechos.example',
  'Opening hours': 'Mo-Fr 08:00-16:00',
  'Languages spoken': 'es, en',
  Latitude: '14.0818',
  Longitude: '-87.2068',
};
const shelter = {
  'Name (es)': 'Albergue temporal',
  Organisation: 'Casa del Migrante',
  Category: 'Albergue',
  City: 'San Pedro Sula',
  'Description (es)': 'Alojamiento por tres noches.',
};

let test: TestPayload;
let payload: Payload;
let world: RoleWorld;
// Imported once the test database is set: the import reaches env.ts through the site build queue.
let importServices: typeof import('./importServices.ts').importServices;
let ImportRefused: typeof import('./importServices.ts').ImportRefused;
beforeAll(async () => {
  test = await startTestPayload();
  ({ importServices, ImportRefused } = await import('./importServices.ts'));
  payload = test.payload;
  world = await createRoleWorld(payload);
}, 60_000);
afterAll(async () => {
  await test?.stop();
});

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  country: 'honduras',
  dryRun: false,
  publish: false,
  language: 'en',
  ...overrides,
});
const importCsv = async (rows: Record<string, string>[], overrides: Partial<ImportOptions> = {}) =>
  importServices(payload, await readSpreadsheet(servicesCsv(rows), 'services.csv', 'en'), options(overrides));
const servicesOfHonduras = async () =>
  (
    await payload.find({
      collection: 'services',
      where: { country: { equals: world.countries.honduras } },
      draft: true,
      locale: 'all',
      depth: 0,
      pagination: false,
    })
  ).docs as unknown as Record<string, unknown>[];

describe('importing a spreadsheet of services', () => {
  it('reports in a dry run what would be created, and writes nothing', async () => {
    const report = await importCsv([legalAid, shelter], { dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report.outcomes).toEqual([
      { source: 'row 2', slug: 'asesoria-legal-tegucigalpa', outcome: 'created' },
      { source: 'row 3', slug: 'albergue-temporal', outcome: 'created' },
    ]);
    expect(report.written).toBe(false);
    expect(await servicesOfHonduras()).toEqual([]);
  });

  it('refuses a file with problems as a whole, naming row, field and language, and writes none of its rows', async () => {
    const report = await importCsv([
      shelter,
      { ...legalAid, 'Phone 1': '+5061234', 'Name (en)': 'Free \u202Elegal advice', 'Opening hours': 'lunes a viernes' },
      { ...shelter, 'Slug (URL)': 'otro-albergue', 'Name (es)': '', Website: 'javascript:alert(1)' },
    ]);
    expect(report.written).toBe(false);
    const problems = report.problems.map(({ source, field, language }) => [source, field, language ?? null]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['row 3', 'phones.0.number', null],
        ['row 3', 'openingHours', null],
        ['row 4', 'name', 'es'],
        ['row 4', 'website', null],
      ]),
    );
    // The English name is checked once the Spanish save passes: its own problem is reported after those are fixed.
    const english = await importCsv([{ ...legalAid, 'Name (en)': 'Free \u202Elegal advice' }]);
    expect(english.problems).toMatchObject([
      { source: 'row 2', field: 'name', language: 'en', message: expect.stringContaining('U+202E') },
    ]);
    expect(await servicesOfHonduras()).toEqual([]);
  });

  it('writes drafts in every language given, and a second import of the same file changes nothing', async () => {
    const first = await importCsv([legalAid, shelter]);
    expect(first).toMatchObject({ problems: [], written: true });
    expect(first.outcomes.map(({ outcome }) => outcome)).toEqual(['created', 'created']);
    const stored = await servicesOfHonduras();
    const legal = stored.find((service) => service.slug === 'asesoria-legal-tegucigalpa');
    expect(legal).toMatchObject({
      _status: 'draft',
      name: { es: 'Asesoría legal gratuita', en: 'Free legal advice' },
      category: 'legal-aid',
      phones: [{ number: '+50422223333', type: 'whatsapp' }],
      languages: ['es', 'en'],
      location: [-87.2068, 14.0818],
    });
    expect(stored.find((service) => service.slug === 'albergue-temporal')).toMatchObject({ category: 'shelter', status: 'active' });
    const published = await payload.count({ collection: 'services', where: { _status: { equals: 'published' } } });
    expect(published.totalDocs).toBe(0);

    const second = await importCsv([legalAid, shelter]);
    expect(second.outcomes.map(({ outcome }) => outcome)).toEqual(['unchanged', 'unchanged']);
    const versions = await payload.countVersions({ collection: 'services' });
    // A good change beside a bad row is not written either.
    const refused = await importCsv([
      { ...legalAid, City: 'Comayagüela' },
      { ...shelter, 'Phone 1': '2222-3333' },
    ]);
    expect(refused).toMatchObject({ written: false, problems: [{ source: 'row 3', field: 'phones.0.number' }] });
    expect((await payload.countVersions({ collection: 'services' })).totalDocs).toBe(versions.totalDocs);
    const third = await importCsv([{ ...legalAid, City: 'Comayagüela' }, shelter]);
    expect(third.outcomes.map(({ outcome }) => outcome)).toEqual(['updated', 'unchanged']);
    expect((await payload.countVersions({ collection: 'services' })).totalDocs).toBe(versions.totalDocs + 1);
  });

  it('publishes only when asked to', async () => {
    const report = await importCsv([{ ...shelter, City: 'Choloma' }], { publish: true });
    expect(report.outcomes).toMatchObject([{ outcome: 'updated' }]);
    const { docs } = await payload.find({ collection: 'services', where: { slug: { equals: 'albergue-temporal' } }, depth: 0 });
    expect(docs[0]).toMatchObject({ _status: 'published', city: 'Choloma' });
  });

  it('reads an .xlsx file with the Spanish template headers', async () => {
    const spanish = templateHeaders('es');
    const cells = { 'Slug (URL)': 'salud-comunitaria', 'Name (es)': 'Salud comunitaria', Category: 'health', City: 'La Ceiba' };
    const row = spanish.map((_, index) => Object.entries(cells).find(([header]) => column(header) === index)?.[1] ?? null);
    row[column('Organisation')] = 'Médicos del Mundo';
    row[column('Description (es)')] = 'Consultas generales.';
    row[column('Phone 1')] = '+50424401234';
    const xlsx = await writeXlsxFile([spanish, row]).toBuffer();
    const file = await readSpreadsheet(xlsx, 'servicios.xlsx', 'es');
    const report = await importServices(payload, file, options({ language: 'es' }));
    expect(report).toMatchObject({ problems: [], written: true, outcomes: [{ source: 'fila 2', outcome: 'created' }] });
    const { docs } = await payload.find({ collection: 'services', where: { slug: { equals: 'salud-comunitaria' } }, draft: true });
    expect(docs[0]).toMatchObject({ organization: 'Médicos del Mundo', phones: [{ number: '+50424401234', type: 'voice' }] });
  });

  it('lets a country editor import into their own country only, and translators and reviewers not at all', async () => {
    const { editor, translator, reviewer } = world.users;
    const row = { ...shelter, 'Slug (URL)': 'albergue-norte', City: 'Omoa' };
    await expect(importCsv([row], { user: editor, country: 'guatemala' })).rejects.toBeInstanceOf(ImportRefused);
    for (const user of [translator, reviewer]) {
      await expect(importCsv([row], { user })).rejects.toMatchObject({ status: 403 });
    }
    const guatemala = await payload.count({ collection: 'services', where: { country: { equals: world.countries.guatemala } } });
    expect(guatemala.totalDocs).toBe(0);
    const own = await importCsv([row], { user: editor });
    expect(own).toMatchObject({ problems: [], written: true, outcomes: [{ outcome: 'created' }] });
  });
});
