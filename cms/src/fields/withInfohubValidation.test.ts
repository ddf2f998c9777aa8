import type { Validate } from 'payload';
import { describe, expect, it } from 'vitest';
import { spanishGuide } from '../testing/fixtures.ts';
import { rejectionOf } from '../testing/rejection.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';

describe('validation messages and Spanish-first required fields', () => {
  const cms = useCmsWithCountryAndTopic();

  it('rejects a guide without a Spanish title, naming the document, field and locale', async () => {
    const details = await rejectionOf(
      cms.payload.create({
        collection: 'guides',
        locale: 'es',
        data: { ...spanishGuide(cms.ids, 'Sin título'), title: '', _status: 'published' },
      }),
    );
    expect(details).toEqual(['guides "sin-titulo", field "title" (locale "es"): This field is required.']);
  });

  it('rejects an invalid phone number, naming the service and the row', async () => {
    const details = await rejectionOf(
      cms.payload.create({
        collection: 'services',
        locale: 'es',
        data: {
          slug: 'asesoria-legal',
          name: 'Asesoría legal',
          country: cms.ids.country,
          organization: 'Clínica Jurídica',
          category: 'legal-aid',
          status: 'active',
          description: 'Asesoría gratuita.',
          city: 'Upala',
          phones: [{ number: '+506 2222-3333', type: 'voice' }],
          _status: 'published',
        },
      }),
    );
    // The wording after the colon is content-schemas' own; the CMS adds the document, the field and the language.
    expect(details).toEqual([
      expect.stringMatching(
        /^services "asesoria-legal", field "phones\.0\.number" \(same in every language\): "\+506 2222-3333" is not a phone number: write digits only/,
      ),
    ]);
  });

  it('rejects an address that is not http(s) when saving the English version, naming the guide', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Visa de turista'), _status: 'published' },
    });
    const details = await rejectionOf(
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
    expect(details).toEqual([
      expect.stringMatching(
        /^guides "visa-de-turista", field "officialSources\.0\.url" \(same in every language\): "ftp:\/\/migracion\.example" is not a web address: it must start with https:\/\//,
      ),
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

  it('keeps the short message while an editor is typing', async () => {
    const title = cms.payload.collections.guides.config.flattenedFields.find((field) => field.name === 'title');
    const validate = (title && 'validate' in title ? title.validate : undefined) as Validate | undefined;
    const req = { locale: 'es', t: (key: string) => key, payload: cms.payload } as never;
    await expect(validate?.('', { event: 'onChange', req, path: ['title'], data: {}, siblingData: {} } as never)).resolves.toBe(
      'validation:required',
    );
  });
});
