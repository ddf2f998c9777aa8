import type { Validate } from 'payload';
import { describe, expect, it } from 'vitest';
import { spanishGuide } from '../testing/fixtures.ts';
import { fieldErrorsOf, rejectionOf } from '../testing/rejection.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';

describe('errors on the field, Spanish-first required fields', () => {
  const cms = useCmsWithCountryAndTopic();

  const service = (phones: { number: string; type: 'voice' }[]) => ({
    slug: 'asesoria-legal',
    name: 'Asesoría legal',
    country: cms.ids.country,
    organization: 'Clínica Jurídica',
    category: 'legal-aid' as const,
    status: 'active' as const,
    description: 'Asesoría gratuita.',
    city: 'Upala',
    phones,
    _status: 'published' as const,
  });

  /** A field's validation as the admin's form runs it, for a request in the given admin language. */
  function validatorOf(collection: 'guides' | 'services', name: string): Validate {
    const field = cms.payload.collections[collection].config.flattenedFields.find((candidate) => candidate.name === name);
    const validate = field && 'validate' in field ? field.validate : undefined;
    if (!validate) throw new Error(`${collection}.${name} has no validation`);
    return validate as Validate;
  }

  it('rejects a guide without a Spanish title at the title, naming the Spanish version', async () => {
    const errors = await fieldErrorsOf(
      cms.payload.create({
        collection: 'guides',
        locale: 'es',
        data: { ...spanishGuide(cms.ids, 'Sin título'), title: '', _status: 'published' },
      }),
    );
    expect(errors).toEqual([{ path: 'title', message: 'In the Spanish version: This field is required.' }]);
  });

  it('rejects an invalid phone number at its row, and scripts read the document and the path', async () => {
    const save = cms.payload.create({ collection: 'services', locale: 'es', data: service([{ number: '+506 2222-3333', type: 'voice' }]) });
    const errors = await fieldErrorsOf(save);
    expect(errors).toEqual([
      { path: 'phones.0.number', message: expect.stringMatching(/^“\+506 2222-3333” is not a phone number: write digits only/) },
    ]);
    expect(await rejectionOf(save)).toEqual([
      expect.stringMatching(/^new services document, field "phones\.0\.number": “\+506 2222-3333” is not/),
    ]);
  });

  it('refuses a short number the country does not have, and accepts its own (Costa Rica: 911, 1147)', async () => {
    const errors = await fieldErrorsOf(
      cms.payload.create({
        collection: 'services',
        locale: 'es',
        data: service([
          { number: '911', type: 'voice' },
          { number: '12345', type: 'voice' },
        ]),
      }),
    );
    expect(errors).toEqual([
      {
        path: 'phones.1.number',
        message:
          '“12345” is too short for a number in Costa Rica and is not one of its short numbers (911, 1147): write the full number with +506.',
      },
    ]);
    const accepted = await cms.payload.create({
      collection: 'services',
      locale: 'es',
      data: {
        ...service([
          { number: '911', type: 'voice' },
          { number: '1147', type: 'voice' },
        ]),
        slug: 'pani',
      },
    });
    expect(accepted.phones?.map((phone) => phone.number)).toEqual(['911', '1147']);
  });

  it('rejects an address that is not http(s) when saving the English version, at the row’s field', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Visa de turista'), _status: 'published' },
    });
    const errors = await fieldErrorsOf(
      cms.payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'en',
        data: {
          title: 'Tourist visa',
          officialSources: [{ ...guide.officialSources?.[0], title: 'Immigration', url: 'ftp://migracion.example' }],
        },
      }),
    );
    expect(errors).toEqual([
      {
        path: 'officialSources.0.url',
        message: '“ftp://migracion.example” is not a web address: it must start with https:// (or http://).',
      },
    ]);
  });

  it('accepts a translation that leaves fields required in Spanish empty: readers get the Spanish', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Refugio'), _status: 'published' },
    });
    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'en', data: { title: 'Asylum', _status: 'published' } });

    const english = await cms.payload.findByID({ collection: 'guides', id: guide.id, locale: 'en', fallbackLocale: false });
    expect(english.title).toBe('Asylum');
    expect(english.summary ?? undefined).toBeUndefined();
    const withFallback = await cms.payload.findByID({ collection: 'guides', id: guide.id, locale: 'en' });
    expect(withFallback.summary).toBe('Resumen: Refugio');
  });

  it('words the message in the editor’s admin language and names the language version being edited', async () => {
    const req = { locale: 'en', i18n: { language: 'es' }, t: (key: string) => key, payload: cms.payload } as never;
    const options = { event: 'submit', req, path: ['title'], data: {}, siblingData: {} } as never;
    await expect(validatorOf('guides', 'title')('Visa\u202e', options)).resolves.toMatch(/^En la versión en inglés: /);
    const french = { ...(options as object), req: { ...(req as object), i18n: { language: 'fr' } } } as never;
    await expect(validatorOf('services', 'openingHours')('Mo-Fr 25:00-99:00', french)).resolves.toBe(
      '« Mo-Fr 25:00-99:00 » ne peut pas être lu comme des horaires. Utilisez les lignes des jours, ou écrivez p. ex. « Mo-Fr 08:00-16:00 » (heures de 00:00 à 24:00).',
    );
  });
});
