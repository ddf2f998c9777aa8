import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotService } from '../snapshot/schema.ts';
import { parseSnapshot } from '../snapshot/validate.ts';
import { validSnapshot } from '../testing/validSnapshot.ts';
import { singlePage } from './apiPages.ts';
import { hsdsService, hsdsServiceSummary, hsdsServicesOf } from './fromSnapshot.ts';
import { hsdsServiceId } from './ids.ts';
import type { HsdsService } from './records.ts';
import { hsdsSchedules, openingHoursFromSchedules } from './schedules.ts';
import { servicesFromHsds } from './toInfohub.ts';
import { hsdsServicePageProblems, hsdsServiceProblems, prepareHsdsValidation } from './validate.ts';

// Ajv compiles the official schema once, before the tests' own timeouts start (it is slow on a busy machine).
beforeAll(prepareHsdsValidation, 60_000);

const fixture: Snapshot = parseSnapshot(
  JSON.parse(readFileSync(new URL('../../../tests/fixtures/snapshot.json', import.meta.url), 'utf8')),
);

function legalAid(overrides: Partial<SnapshotService> = {}): SnapshotService {
  return {
    id: '41',
    slug: 'asesoria-legal',
    country: 'costa-rica',
    organization: 'Clínica Jurídica',
    name: { es: 'Asesoría legal', en: 'Legal advice' },
    description: { es: 'Ayuda con trámites.' },
    category: 'legal-aid',
    city: 'San José',
    address: { es: 'Avenida 2, San José' },
    location: { latitude: 9.93, longitude: -84.08 },
    phones: [
      { number: '+50622223333', type: 'voice' },
      { number: '+50688887777', type: 'whatsapp', label: { es: 'Citas', en: 'Appointments' } },
    ],
    website: 'https://clinica.example.org/',
    openingHours: 'Mo-Fr 08:00-12:00,13:00-17:00; Sa 08:00-12:00',
    status: 'temporarily-closed',
    languages: ['es', 'quc'],
    fees: { es: 'Gratis', en: 'Free' },
    lastReviewedAt: '2026-10-10T15:30:00Z',
    updatedAt: '2026-10-11T09:00:00Z',
    ...overrides,
  };
}

const inEnglish = { countryCode: 'CR', lang: 'en', defaultLocale: 'es' };

describe('HSDS export of a service', () => {
  it('maps status, review date, WhatsApp, languages and fees as HSDS says them', () => {
    const record = hsdsService(legalAid(), inEnglish);
    expect(record).toMatchObject({
      id: hsdsServiceId('costa-rica', 'asesoria-legal'),
      name: 'Legal advice',
      status: 'temporarily closed',
      assured_date: '2026-10-10',
      last_modified: '2026-10-11T09:00:00Z',
      url: 'https://clinica.example.org/',
      fees_description: 'Free',
      organization: { name: 'Clínica Jurídica' },
    });
    expect(record.phones?.map(({ number, type, description }) => ({ number, type, description }))).toEqual([
      { number: '+50622223333', type: 'voice', description: undefined },
      { number: '+50688887777', type: 'text', description: 'WhatsApp: Appointments' },
    ]);
    expect(record.languages?.map((language) => [language.code, language.name])).toEqual([
      ['es', 'Español'],
      ['quc', "K'iche'"],
    ]);
    const address = record.service_at_locations?.[0]?.location?.addresses?.[0];
    expect(address).toMatchObject({ city: 'San José', country: 'CR', address_1: 'Avenida 2, San José' });
  });

  it('gives a text not translated in the default language, as the site shows it', () => {
    expect(hsdsService(legalAid(), inEnglish).description).toBe('Ayuda con trámites.');
  });

  it('turns weekly opening hours into one weekly schedule per time range, in the country’s UTC offset', () => {
    const schedules = hsdsService(legalAid(), inEnglish).schedules?.map(({ byday, opens_at, closes_at, freq, timezone }) => ({
      byday,
      opens_at,
      closes_at,
      freq,
      timezone,
    }));
    expect(schedules).toEqual([
      { byday: 'MO,TU,WE,TH,FR,SA', opens_at: '08:00', closes_at: '12:00', freq: 'WEEKLY', timezone: -6 },
      { byday: 'MO,TU,WE,TH,FR', opens_at: '13:00', closes_at: '17:00', freq: 'WEEKLY', timezone: -6 },
    ]);
  });

  it('gives hours that change with the dates as written, since no weekly schedule says them truthfully', () => {
    const [schedule, ...rest] =
      hsdsService(legalAid({ openingHours: 'Jan-Jun Mo-Fr 08:00-16:00; Jul-Dec Mo-Fr 09:00-13:00' }), inEnglish).schedules ?? [];
    expect(rest).toEqual([]);
    expect(schedule).toMatchObject({ description: 'Jan-Jun Mo-Fr 08:00-16:00; Jul-Dec Mo-Fr 09:00-13:00' });
    expect(schedule?.freq).toBeUndefined();
  });

  it('gives the same ids in every language and every export, from the country and slug, not the CMS id', () => {
    const english = hsdsService(legalAid(), inEnglish);
    const spanish = hsdsService(legalAid({ id: '99' }), { ...inEnglish, lang: 'es' });
    const ids = (record: HsdsService) => JSON.stringify(record).match(/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g);
    expect(ids(spanish)).toEqual(ids(english));
    expect(hsdsService(legalAid({ slug: 'otra' }), inEnglish).id).not.toBe(english.id);
  });
});

describe('HSDS validation against the official schema', () => {
  it('accepts every record and list of the fixture, in every country and language', () => {
    let checked = 0;
    for (const country of fixture.countries) {
      for (const lang of country.locales) {
        const files = { country: country.slug, lang };
        const services = hsdsServicesOf(fixture, country.slug, lang);
        const problems = [
          ...services.flatMap((record) => hsdsServiceProblems(record, files)),
          ...hsdsServicePageProblems(singlePage(services.map(hsdsServiceSummary)), files),
        ];
        expect(problems).toEqual([]);
        checked += services.length;
      }
    }
    expect(checked).toBeGreaterThan(fixture.services.length);
  });

  it('names the service, field and language of a record that breaks it', () => {
    const broken = { ...hsdsService(legalAid(), inEnglish), status: 'closed', phones: [{ id: 'not-a-uuid', number: 5 }] };
    const problems = hsdsServiceProblems(broken, { country: 'costa-rica', lang: 'en' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ document: expect.stringContaining('"Legal advice"'), field: 'status', locale: 'en' }),
        expect.objectContaining({ field: 'phones.0.id', message: 'must match format "uuid"' }),
        expect.objectContaining({ field: 'phones.0.number', message: 'must be string' }),
      ]),
    );
  });
});

describe('HSDS import', () => {
  const context = { country: 'costa-rica', countryCode: 'CR', defaultLocale: 'es' };
  const filesOf = (snapshot: Snapshot, country: string) =>
    (snapshot.countries.find((candidate) => candidate.slug === country)?.locales ?? []).map((lang) => ({
      lang,
      services: hsdsServicesOf(snapshot, country, lang),
    }));

  it('reads back what the export wrote, and exporting that again gives the same files', () => {
    for (const country of fixture.countries) {
      const code = country.code;
      const exported = filesOf(fixture, country.slug);
      const imported = servicesFromHsds(exported, { country: country.slug, countryCode: code, defaultLocale: fixture.defaultLocale });
      expect(imported.problems).toEqual([]);
      const again = { ...fixture, services: imported.services.map((service) => ({ ...service, id: service.hsdsId })) };
      expect(filesOf(again, country.slug)).toEqual(exported);
    }
  });

  it('gives back the fields an infohub service has, texts per language and only real translations', () => {
    const files = ['es', 'en'].map((lang) => ({ lang, services: [hsdsService(legalAid(), { ...inEnglish, lang })] }));
    const [service] = servicesFromHsds(files, context).services;
    const { id: _id, ...original } = legalAid();
    // HSDS has a date, not a moment, of the last review.
    expect(service).toEqual({
      ...original,
      hsdsId: hsdsServiceId('costa-rica', 'asesoria-legal'),
      lastReviewedAt: '2026-10-10T00:00:00.000Z',
    });
  });

  it('rebuilds opening hours from weekly schedules, comments and hours past midnight included', () => {
    for (const openingHours of ['Mo-Fr 08:00-12:00 "cita previa"; Sa 09:00-11:00', 'Fr 22:00-24:00; Sa 00:00-02:00', 'Mo-Su 00:00-24:00']) {
      expect(openingHoursFromSchedules(hsdsSchedules(openingHours, { serviceId: 'x' }))).toEqual({ openingHours, problems: [] });
    }
  });

  it('names the record, field and language of every problem, and imports nothing it cannot read', () => {
    const record = hsdsService(legalAid(), { ...inEnglish, lang: 'es' });
    const foreign: HsdsService = {
      ...record,
      phones: [{ id: record.phones?.[0]?.id ?? '', number: '12', type: 'voice' }],
      schedules: [{ id: record.id, freq: 'MONTHLY', byday: '2MO', opens_at: '09:00', closes_at: '12:00' }],
      attributes: [],
    };
    const result = servicesFromHsds([{ lang: 'es', services: [foreign] }], context);
    expect(result.services).toEqual([]);
    expect(result.problems.map(({ field, locale }) => [field, locale])).toEqual([
      ['attributes', 'es'],
      ['phones[0].number', 'es'],
      ['schedules[0]', 'es'],
    ]);
    expect(result.problems[0]?.document).toBe(`services "Asesoría legal" (costa-rica, HSDS id ${record.id})`);
  });

  it('makes a slug from the Spanish name of a record without ours, and refuses two records that make the same', () => {
    const record = (id: string, name: string): HsdsService => ({
      ...hsdsService(legalAid(), { ...inEnglish, lang: 'es' }),
      id,
      name,
      attributes: hsdsService(legalAid(), inEnglish).attributes?.slice(0, 1),
    });
    const result = servicesFromHsds(
      [
        {
          lang: 'es',
          services: [
            record('ac148810-d857-441c-9679-408f346de14b', 'Clínica Legal'),
            record('bc148810-d857-441c-9679-408f346de14b', 'Clinica legal'),
          ],
        },
      ],
      context,
    );
    expect(result.services.map((service) => service.slug)).toEqual(['clinica-legal']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        field: 'attributes (infohub-slug)',
        message: expect.stringContaining('ac148810-d857-441c-9679-408f346de14b'),
      }),
    ]);
  });

  it('refuses a service with no record in the default language, and shared fields that differ between languages', () => {
    const english = hsdsService(legalAid(), inEnglish);
    expect(servicesFromHsds([{ lang: 'en', services: [english] }], context).problems).toEqual([
      expect.objectContaining({ field: 'name', locale: 'es', message: expect.stringContaining('no record in the default language') }),
    ]);
    const spanish = hsdsService(legalAid(), { ...inEnglish, lang: 'es' });
    const problems = servicesFromHsds(
      [
        { lang: 'es', services: [spanish] },
        { lang: 'en', services: [{ ...english, email: 'other@example.org' }] },
      ],
      context,
    ).problems;
    expect(problems).toEqual([
      expect.objectContaining({ field: 'email', locale: 'en', message: expect.stringContaining('differs from the "es" record') }),
    ]);
  });
});

describe('HSDS export of the valid test snapshot', () => {
  it('exports no service for a country without any, as an empty first and last page', () => {
    const page = singlePage(hsdsServicesOf(validSnapshot(), 'costa-rica', 'es'));
    expect(page).toMatchObject({ total_items: 0, empty: true, first_page: true, last_page: true, contents: [] });
    expect(hsdsServicePageProblems(page, { country: 'costa-rica', lang: 'es' })).toEqual([]);
  });
});
