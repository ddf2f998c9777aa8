import { describe, expect, it } from 'vitest';
import { spanishGuide } from '../testing/fixtures.ts';
import { rejectionOf } from '../testing/rejection.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';

describe('Spanish first', () => {
  const cms = useCmsWithCountryAndTopic();

  it('refuses to publish English text that has no Spanish, naming the field and the missing language', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Costo del trámite'), _status: 'published' },
    });
    const details = await rejectionOf(
      cms.payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'en',
        data: { title: 'Application fee', cost: 'USD 50', _status: 'published' },
      }),
    );
    expect(details).toEqual([
      'guides "costo-del-tramite", field "cost" (locale "es"): has text in en but none in "es". Write it in Spanish first: readers see the Spanish wherever a translation is missing.',
    ]);
  });

  it('refuses to publish a guide first written in English', async () => {
    const details = await rejectionOf(
      cms.payload.create({
        collection: 'guides',
        locale: 'en',
        data: {
          ...spanishGuide(cms.ids, 'Work permit'),
          slug: 'work-permit',
          title: 'Work permit',
          summary: 'How to apply',
          _status: 'published',
        },
      }),
    );
    expect(details).toContain(
      'guides "work-permit", field "title" (locale "es"): has text in en but none in "es". Write it in Spanish first: readers see the Spanish wherever a translation is missing.',
    );
  });

  it('lets an editor save an English draft before the Spanish is complete', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Trabajo temporal'), _status: 'published' },
    });
    const draft = await cms.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'en',
      draft: true,
      data: { title: 'Temporary work', cost: 'Free' },
    });
    expect(draft.cost).toBe('Free');
  });

  it('checks rows of lists by their id: a row translated in English keeps its Spanish', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Pasos a seguir'), _status: 'published' },
    });
    const [row] = guide.requiredDocuments ?? [];
    await cms.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'en',
      data: { title: 'Steps', requiredDocuments: [{ id: row?.id, name: 'Passport', details: undefined }], _status: 'published' },
    });
    const details = await rejectionOf(
      cms.payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'en',
        data: { requiredDocuments: [{ id: row?.id, name: 'Passport' }, { name: 'Birth certificate' }], _status: 'published' },
      }),
    );
    expect(details).toEqual([
      'guides "pasos-a-seguir", field "requiredDocuments.1.name" (locale "es"): has text in en but none in "es". Write it in Spanish first: readers see the Spanish wherever a translation is missing.',
    ]);
  });
});
