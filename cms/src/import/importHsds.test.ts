import path from 'node:path';
import { type HsdsService, hsdsServicesOf } from '@infohub/content-schemas/hsds';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../export/exportSnapshot.ts';
import { localApiSource } from '../export/localApiSource.ts';
import { createRoleWorld, type RoleWorld } from '../testing/roleFixtures.ts';
import { servicesCsv } from '../testing/servicesCsv.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import type { ImportOptions } from './importServices.ts';
import { readHsds } from './readHsds.ts';
import { readSpreadsheet } from './readSpreadsheet.ts';
import type { NamedFile } from './serviceRecord.ts';

// The directory is seeded through the spreadsheet import (the English template's headers), published, so the
// snapshot export, which holds what is published, carries it.
const directory: Record<string, string>[] = [
  {
    'Slug (URL)': 'asesoria-legal-tegucigalpa',
    'Name (es)': 'Asesoría legal gratuita',
    'Name (en)': 'Free legal advice',
    'Name (ht)': 'Konsèy legal gratis',
    Organisation: 'Centro de Derechos',
    Category: 'Legal aid',
    Status: 'active',
    City: 'Tegucigalpa',
    'Address (es)': 'Colonia Palmira, calle 3',
    'Description (es)': 'Orientación sobre trámites migratorios.',
    'Description (en)': 'Guidance on immigration procedures.',
    'Fees (es)': 'Gratuito',
    'Fees (en)': 'Free',
    'Phone 1': '+50422223333',
    'Phone 1 type': 'WhatsApp',
    'Phone 2': '+50422224444',
    Website: 'https://derechos.example',
    Email: 'info@derechos.example',
    'Opening hours': 'Mo-Fr 08:00-16:00; Sa 09:00-12:00',
    'Languages spoken': 'es, en',
    Latitude: '14.0818',
    Longitude: '-87.2068',
  },
  {
    'Name (es)': 'Albergue temporal',
    Organisation: 'Casa del Migrante',
    Category: 'Albergue',
    Status: 'temporarily closed',
    City: 'San Pedro Sula',
    'Description (es)': 'Alojamiento por tres noches.',
    'Eligibility (es)': 'Personas en tránsito',
  },
];
const languages = ['es', 'en', 'ht'];

let test: TestPayload;
let payload: Payload;
let world: RoleWorld;
// Imported once the test database is set: the import reaches env.ts through the site build queue.
let importServices: typeof import('./importServices.ts').importServices;
beforeAll(async () => {
  test = await startTestPayload();
  ({ importServices } = await import('./importServices.ts'));
  payload = test.payload;
  world = await createRoleWorld(payload);
}, 60_000);
afterAll(async () => {
  await test?.stop();
});

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  country: 'honduras',
  dryRun: false,
  publish: true,
  language: 'en',
  ...overrides,
});
const importFiles = async (files: NamedFile[], overrides: Partial<ImportOptions> = {}) =>
  importServices(payload, await readHsds(payload, files, 'honduras', 'en'), options(overrides));

let exports = 0;
/** Honduras's HSDS records in each language, from a snapshot exported now, as the site builds them. */
async function exportHsds(): Promise<Record<string, HsdsService[]>> {
  exports += 1;
  const outFile = path.join(test.directory, `export-${exports}`, 'snapshot.json');
  const { snapshot } = await exportSnapshot(localApiSource(payload, { mediaDir: test.mediaDir, description: 'the test database' }), {
    outFile,
  });
  return Object.fromEntries(languages.map((lang) => [lang, hsdsServicesOf(snapshot, 'honduras', lang)]));
}

/** The records as the site's `services/{id}.json` files: their path says the language, their text is the JSON. */
function filesOf(records: Record<string, HsdsService[]>): NamedFile[] {
  return Object.entries(records).flatMap(([lang, services]) =>
    services.map((service) => ({
      name: `${lang}/honduras/open-data/hsds/services/${service.id}.json`,
      bytes: new TextEncoder().encode(`${JSON.stringify(service, null, 2)}\n`),
    })),
  );
}

/**
 * `last_modified` is when the CMS last saved the service: in the database the directory was imported into, the
 * moment of the import. Every other byte must be the same.
 */
const withoutSaveMoments = (files: NamedFile[]) =>
  files.map(({ name, bytes }) => ({
    name,
    text: new TextDecoder().decode(bytes).replace(/"last_modified": "[^"]*"/gu, '"last_modified": ""'),
  }));

const servicesOfHonduras = async () =>
  (
    await payload.find({
      collection: 'services',
      where: { country: { equals: world.countries.honduras } },
      draft: true,
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: 'slug',
    })
  ).docs as unknown as Record<string, unknown>[];

describe('importing HSDS files', () => {
  let exported: NamedFile[];
  beforeAll(async () => {
    const seeded = await importServices(payload, await readSpreadsheet(servicesCsv(directory), 'directory.csv', 'en'), options());
    expect(seeded).toMatchObject({ problems: [], written: true });
    exported = filesOf(await exportHsds());
    await payload.delete({ collection: 'services', where: { country: { equals: world.countries.honduras } } });
  }, 60_000);

  it('refuses a bad record, naming record, field and language, and writes nothing', async () => {
    const files = exported.map((file) => {
      if (!file.name.startsWith('en/')) return file;
      const record = JSON.parse(new TextDecoder().decode(file.bytes)) as HsdsService;
      if (record.phones?.[0]) record.phones[0].number = '2222-3333';
      return { ...file, bytes: new TextEncoder().encode(JSON.stringify(record)) };
    });
    const report = await importFiles(files);
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      {
        source: expect.stringMatching(/^services "Free legal advice" \(honduras, HSDS id [0-9a-f-]{36}\)$/u),
        field: 'phones[0].number',
        language: 'en',
        message: expect.any(String),
      },
    ]);
    expect(await servicesOfHonduras()).toEqual([]);
  });

  it('refuses the services.json list, whose records leave out phones, places and categories', async () => {
    const [record] = exported.map((file) => JSON.parse(new TextDecoder().decode(file.bytes)) as HsdsService);
    const { phones: _p, schedules: _s, service_at_locations: _l, languages: _g, attributes: _a, ...summary } = record as HsdsService;
    const list = {
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [summary],
    };
    const report = await importFiles([{ name: 'services.es.json', bytes: new TextEncoder().encode(JSON.stringify(list)) }]);
    expect(report).toMatchObject({
      written: false,
      problems: [{ source: 'services.es.json', message: expect.stringContaining('services/') }],
    });
  });

  it('creates the services with every language, and exporting them again gives the same files', async () => {
    const report = await importFiles(exported);
    expect(report).toMatchObject({ problems: [], written: true });
    expect(report.outcomes.map(({ slug, outcome }) => [slug, outcome])).toEqual([
      ['albergue-temporal', 'created'],
      ['asesoria-legal-tegucigalpa', 'created'],
    ]);
    const [, legal] = await servicesOfHonduras();
    expect(legal).toMatchObject({
      _status: 'published',
      name: { es: 'Asesoría legal gratuita', en: 'Free legal advice', ht: 'Konsèy legal gratis' },
      description: { es: 'Orientación sobre trámites migratorios.', en: 'Guidance on immigration procedures.' },
      phones: [
        { number: '+50422223333', type: 'whatsapp' },
        { number: '+50422224444', type: 'voice' },
      ],
      location: [-87.2068, 14.0818],
    });

    // Two services in three languages, one file each, as the site publishes them.
    expect(exported).toHaveLength(6);
    const again = filesOf(await exportHsds());
    expect(withoutSaveMoments(again)).toEqual(withoutSaveMoments(exported));

    const second = await importFiles(again);
    expect(second.outcomes.map(({ outcome }) => outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('matches a record by its HSDS id when it carries no slug, as another directory writes it', async () => {
    const renamed = exported.map((file) => {
      const record = JSON.parse(new TextDecoder().decode(file.bytes)) as HsdsService;
      if (record.name !== 'Albergue temporal') return file;
      const withoutSlug = {
        ...record,
        name: 'Albergue Casa del Migrante',
        attributes: record.attributes?.filter(({ link_type }) => link_type !== 'identifier'),
      };
      return { ...file, bytes: new TextEncoder().encode(JSON.stringify(withoutSlug)) };
    });
    const report = await importFiles(renamed);
    expect(report).toMatchObject({ problems: [], written: true });
    expect(report.outcomes.map(({ slug, outcome }) => [slug, outcome])).toEqual([
      ['albergue-casa-del-migrante', 'updated'],
      ['asesoria-legal-tegucigalpa', 'unchanged'],
    ]);
    expect((await servicesOfHonduras()).map((service) => service.slug)).toEqual([
      'albergue-casa-del-migrante',
      'asesoria-legal-tegucigalpa',
    ]);
  });
});
