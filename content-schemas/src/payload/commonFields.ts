import type { Field } from 'payload';
import { isWebAddress, phonePattern, phoneRule, slugPattern, slugRule } from '../patterns.ts';
import { phoneTypes } from '../vocabularies.ts';
import { label, selectOptions } from './labels.ts';
import { phoneTypeLabels } from './vocabularyLabels.ts';

export function validatePhoneNumber(value: unknown): true | string {
  if (typeof value !== 'string' || phonePattern.test(value)) return true;
  return `"${value}" is not a phone number: write ${phoneRule}`;
}

export function validateHttpUrl(value: unknown): true | string {
  if (value === undefined || value === null || value === '' || isWebAddress(String(value))) return true;
  return `"${String(value)}" is not a web address: it must start with https:// (or http://)`;
}

/** Counts (days, positions) must be whole: the snapshot, and the site's arithmetic, expect integers. */
export function validateWholeNumber(value: unknown): true | string {
  if (value === undefined || value === null || Number.isInteger(value)) return true;
  return `${String(value)} is not a whole number: write it without decimals`;
}

/** A slug is one URL segment; `reserved` lists segments that already mean something at the same level. */
export function validateSlug(value: unknown, reserved: readonly string[] = []): true | string {
  if (typeof value !== 'string' || !slugPattern.test(value)) {
    return `Use ${slugRule}`;
  }
  if (reserved.includes(value)) return `"${value}" is already the address of a section (${reserved.join(', ')}): choose another slug`;
  return true;
}

/** The URL segment of a document, the same in every language so the language switcher keeps the reader in place. */
export const slugField = (overrides: Partial<Field> = {}): Field =>
  ({
    name: 'slug',
    type: 'text',
    label: label('Slug (URL)', 'Slug (URL)'),
    required: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: label(
        'Same in every language. Lower-case words joined by hyphens.',
        'Igual en todos los idiomas. Palabras en minúscula unidas por guiones.',
      ),
    },
    validate: (value: unknown) => validateSlug(value),
    ...overrides,
  }) as Field;

export const countryRelationField: Field = {
  name: 'country',
  type: 'relationship',
  relationTo: 'countries',
  required: true,
  index: true,
  label: label('Country', 'País'),
  admin: { position: 'sidebar' },
};

export const phonesField: Field = {
  name: 'phones',
  type: 'array',
  label: label('Phone numbers', 'Teléfonos'),
  fields: [
    { name: 'number', type: 'text', required: true, label: label('Number', 'Número'), validate: validatePhoneNumber },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'voice',
      label: label('Type', 'Tipo'),
      options: selectOptions(phoneTypes, phoneTypeLabels),
    },
    { name: 'label', type: 'text', localized: true, label: label('Label', 'Etiqueta') },
  ],
};

/** When the information was last confirmed, and by whom: readers are shown this on every page. */
export const reviewFields: Field = {
  name: 'review',
  type: 'group',
  label: label('Review', 'Revisión'),
  admin: { position: 'sidebar' },
  fields: [
    { name: 'lastReviewedAt', type: 'date', label: label('Last reviewed', 'Última revisión') },
    { name: 'reviewedBy', type: 'text', label: label('Reviewed by (organisation)', 'Revisado por (organización)') },
    {
      name: 'reviewIntervalDays',
      type: 'number',
      min: 1,
      defaultValue: 180,
      validate: validateWholeNumber,
      label: label('Review every (days)', 'Revisar cada (días)'),
    },
  ],
};

/** OpenStreetMap opening_hours syntax, which the site renders per language and checks for "open now". */
export const openingHoursField: Field = {
  name: 'openingHours',
  type: 'text',
  label: label('Opening hours', 'Horario'),
  admin: {
    description: label(
      'OpenStreetMap syntax, e.g. "Mo-Fr 08:00-16:00; Sa 08:00-12:00"',
      'Sintaxis de OpenStreetMap, p. ej. "Mo-Fr 08:00-16:00; Sa 08:00-12:00"',
    ),
  },
};
