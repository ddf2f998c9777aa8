import { describe, expect, it } from 'vitest';
import { spanishGuide } from '../testing/fixtures.ts';
import { fieldErrorsOf } from '../testing/rejection.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';

describe('Spanish first', () => {
  const cms = useCmsWithCountryAndTopic();

  it('refuses to publish English text that has no Spanish, at the field, naming the missing Spanish version', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Costo del trámite'), _status: 'published' },
    });
    const errors = await fieldErrorsOf(
      cms.payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'en',
        data: { title: 'Application fee', cost: 'USD 50', _status: 'published' },
      }),
    );
    // The English form marks its own "cost" field: the message says the Spanish version is what is missing.
    expect(errors).toEqual([
      {
        path: 'cost',
        message:
          'There is text in English but none in Spanish. Write it in Spanish first: readers see the Spanish wherever a translation is missing.',
      },
    ]);
  });

  it('refuses to publish a guide first written in English', async () => {
    const errors = await fieldErrorsOf(
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
    expect(errors).toContainEqual({
      path: 'title',
      message:
        'There is text in English but none in Spanish. Write it in Spanish first: readers see the Spanish wherever a translation is missing.',
    });
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
    const errors = await fieldErrorsOf(
      cms.payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'en',
        data: { requiredDocuments: [{ id: row?.id, name: 'Passport' }, { name: 'Birth certificate' }], _status: 'published' },
      }),
    );
    expect(errors).toEqual([
      {
        path: 'requiredDocuments.1.name',
        message:
          'There is text in English but none in Spanish. Write it in Spanish first: readers see the Spanish wherever a translation is missing.',
      },
    ]);
  });
});
