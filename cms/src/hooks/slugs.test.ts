import { describe, expect, it } from 'vitest';
import { spanishGuide } from '../testing/fixtures.ts';
import { rejectionOf } from '../testing/rejection.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';

describe('slugs', () => {
  const cms = useCmsWithCountryAndTopic();

  it('fills an empty slug from the Spanish title, without accents', async () => {
    const { slug: _slug, ...withoutSlug } = spanishGuide(cms.ids, 'Reunificación familiar: ¿qué papeles?');
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: withoutSlug as typeof withoutSlug & { slug: string },
    });
    expect(guide.slug).toBe('reunificacion-familiar-que-papeles');
  });

  it('fills a country slug from its ISO code', async () => {
    const country = await cms.payload.create({
      collection: 'countries',
      locale: 'es',
      data: { code: 'GT', slug: '', name: 'Guatemala', locales: ['es'] },
    });
    expect(country.slug).toBe('guatemala');
  });

  it('keeps the slug when the English title changes', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Residencia permanente'), _status: 'published' },
    });
    const english = await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'en', data: { title: 'Permanent residence' } });
    expect(english.slug).toBe('residencia-permanente');
  });

  it('keeps a slug the editor chose when a translation is saved without one', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Residencia temporal'), slug: 'residencia-temporal-por-trabajo', _status: 'published' },
    });
    const english = await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'en', data: { title: 'Temporary residence' } });
    expect(english.slug).toBe('residencia-temporal-por-trabajo');
  });

  it('rejects a second guide with the same slug in the same country, drafts included', async () => {
    await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide(cms.ids, 'Asilo'), _status: 'draft' },
    });
    const details = await rejectionOf(
      cms.payload.create({ collection: 'guides', locale: 'es', data: { ...spanishGuide(cms.ids, 'Asilo'), _status: 'published' } }),
    );
    expect(details).toEqual([
      'new guides document, field "slug": Another document of the same country already uses “asilo”: choose another slug.',
    ]);
  });

  it('accepts the same slug in another country', async () => {
    const panama = await cms.payload.create({
      collection: 'countries',
      locale: 'es',
      data: { code: 'PA', slug: 'panama', name: 'Panamá', locales: ['es'] },
    });
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide({ ...cms.ids, country: panama.id }, 'Asilo'), _status: 'published' },
    });
    expect(guide.slug).toBe('asilo');
  });

  it('rejects an alert that ends before it starts', async () => {
    const details = await rejectionOf(
      cms.payload.create({
        collection: 'alerts',
        locale: 'es',
        data: {
          slug: 'cierre-de-oficina',
          title: 'Cierre de oficina',
          body: 'La oficina cierra.',
          country: cms.ids.country,
          severity: 'info',
          startsAt: '2026-12-10T00:00:00.000Z',
          endsAt: '2026-12-01T00:00:00.000Z',
          _status: 'published',
        },
      }),
    );
    expect(details).toEqual([
      'new alerts document, field "endsAt": Must be later than “Shown from”: change one of the two dates, or clear this one.',
    ]);
  });
});
