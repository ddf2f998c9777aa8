import type { FlattenedField } from 'payload';
import { describe, expect, it } from 'vitest';
import { translationFor } from './localizedData.ts';

// The shapes Payload flattens a collection's fields into, reduced to what the seed reads.
const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text' },
  { name: 'country', type: 'relationship', relationTo: 'countries' },
  { name: 'phones', type: 'array', flattenedFields: [{ name: 'number', type: 'text' }] },
  {
    name: 'steps',
    type: 'array',
    flattenedFields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'order', type: 'number' },
    ],
  },
  { name: 'cost', type: 'group', flattenedFields: [{ name: 'note', type: 'text', localized: true }] },
] as unknown as FlattenedField[];

const data = {
  title: { es: 'Pasaporte', en: 'Passport' },
  slug: 'pasaporte',
  country: 3,
  phones: [{ number: '+504 2222 3333' }],
  steps: [{ title: { es: 'Pedir cita', en: 'Book an appointment' }, order: 1 }],
  cost: { note: { es: 'Gratis', en: 'Free' } },
};
const saved = { steps: [{ id: 'row-1' }] };

describe('a translation saved the bulk way', () => {
  it('carries its text, the rows it translates tied to the saved ones, and the slug', () => {
    expect(translationFor(fields, data, 'en', saved)).toEqual({
      title: 'Passport',
      slug: 'pasaporte',
      steps: [{ id: 'row-1', title: 'Book an appointment', order: 1 }],
      cost: { note: 'Free' },
    });
  });

  it('leaves out what has no text in any language, which the Spanish save wrote and checked', () => {
    const translation = translationFor(fields, data, 'en', saved);
    expect(translation).not.toHaveProperty('country');
    expect(translation).not.toHaveProperty('phones');
  });
});
