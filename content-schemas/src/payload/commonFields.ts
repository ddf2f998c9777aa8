import type { Field, FieldHook } from 'payload';
import { describeOpeningHoursProblem } from '../checks/openingHours.ts';
import { describePhoneNumberProblem } from '../checks/phoneNumbers.ts';
import { isWebAddress, slugPattern, slugRule } from '../patterns.ts';
import { defaultReviewIntervalDays, nextReviewDue, type ReviewDates, type ReviewedCollection } from '../review.ts';
import { phoneTypes } from '../vocabularies.ts';
import { adminText, label, selectOptions } from './labels.ts';
import { phoneTypeLabels } from './vocabularyLabels.ts';

/** The snapshot's own check (libphonenumber-js), so the CMS refuses on save what the site build would refuse. */
export function validatePhoneNumber(value: unknown): true | string {
  if (typeof value !== 'string') return true;
  return describePhoneNumberProblem(value) ?? true;
}

/** The snapshot's own check (the `opening_hours` library, as the site reads the value). */
export function validateOpeningHours(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') return true;
  return describeOpeningHoursProblem(value) ?? true;
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
    label: label('Slug (URL)', 'Slug (URL)', 'Slug (URL)'),
    required: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: adminText(
        'Same in every language. Lower-case words joined by hyphens.',
        'Igual en todos los idiomas. Palabras en minúscula unidas por guiones.',
        'Identique dans toutes les langues. Mots en minuscules reliés par des traits d’union.',
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
  label: label('Country', 'País', 'Pays'),
  admin: { position: 'sidebar' },
};

export const phonesField: Field = {
  name: 'phones',
  type: 'array',
  label: label('Phone numbers', 'Teléfonos', 'Numéros de téléphone'),
  labels: {
    singular: label('Phone number', 'Teléfono', 'Numéro de téléphone'),
    plural: label('Phone numbers', 'Teléfonos', 'Numéros de téléphone'),
  },
  fields: [
    { name: 'number', type: 'text', required: true, label: label('Number', 'Número', 'Numéro'), validate: validatePhoneNumber },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'voice',
      label: label('Type', 'Tipo', 'Type'),
      options: selectOptions(phoneTypes, phoneTypeLabels),
    },
    { name: 'label', type: 'text', localized: true, label: label('Label', 'Etiqueta', 'Libellé') },
  ],
};

/**
 * A review date is a calendar day (stored as midnight UTC of that day), not a moment: it reads as the same day in
 * every time zone. `PP` is date-fns's medium date in the admin language ("5 dic 2026", "5 déc. 2026", "Dec 5, 2026").
 */
export const calendarDay = { pickerAppearance: 'dayOnly', displayFormat: 'PP' } as const;

/**
 * When the information was last confirmed, by whom, and when it is due again: readers are shown the date on every
 * page, editors see what is due in the list and the dashboard. The date and organisation are set by "Mark as
 * reviewed" (one action for every language, no new version), not typed in; the next review is worked out here.
 */
export const reviewFields = (collection: ReviewedCollection): Field => ({
  name: 'review',
  type: 'group',
  label: label('Review', 'Revisión', 'Vérification'),
  admin: { position: 'sidebar' },
  hooks: { beforeChange: [settleReview(collection)] },
  fields: [
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: label('Last reviewed', 'Última revisión', 'Dernière vérification'),
      admin: {
        readOnly: true,
        date: calendarDay,
        description: adminText('Set by "Mark as reviewed".', 'Lo fija «Marcar como revisado».', 'Fixée par « Marquer comme vérifié ».'),
      },
    },
    {
      name: 'reviewedBy',
      type: 'text',
      label: label('Reviewed by (organisation)', 'Revisado por (organización)', 'Vérifié par (organisation)'),
      admin: { readOnly: true },
    },
    {
      name: 'reviewIntervalDays',
      type: 'number',
      min: 1,
      defaultValue: defaultReviewIntervalDays[collection],
      validate: validateWholeNumber,
      label: label('Review every (days)', 'Revisar cada (días)', 'Vérifier tous les (jours)'),
    },
    {
      name: 'nextReviewDueAt',
      type: 'date',
      index: true,
      label: label('Next review due', 'Próxima revisión', 'Prochaine vérification'),
      admin: {
        readOnly: true,
        date: calendarDay,
        description: adminText(
          'Last review plus the interval.',
          'Última revisión más el intervalo.',
          'Dernière vérification plus l’intervalle.',
        ),
      },
    },
  ],
});

/**
 * Keeps the newer review when a save carries an older one (a form opened before someone marked the document
 * reviewed), so a review never goes back in time; then works out the next review due from what is kept.
 */
function settleReview(collection: ReviewedCollection): FieldHook {
  return ({ value, originalDoc }) => {
    const incoming: Record<string, unknown> = isPlainObject(value) ? value : {};
    const storedGroup = isPlainObject(originalDoc) ? originalDoc.review : undefined;
    const stored: Record<string, unknown> = isPlainObject(storedGroup) ? storedGroup : {};
    const storedTime = typeof stored.lastReviewedAt === 'string' ? Date.parse(stored.lastReviewedAt) : Number.NaN;
    const incomingTime = typeof incoming.lastReviewedAt === 'string' ? Date.parse(incoming.lastReviewedAt) : Number.NaN;
    const keepStored = !Number.isNaN(storedTime) && (Number.isNaN(incomingTime) || storedTime > incomingTime);
    const review = keepStored ? { ...incoming, lastReviewedAt: stored.lastReviewedAt, reviewedBy: stored.reviewedBy } : incoming;
    const due = nextReviewDue(review as ReviewDates, collection);
    return { ...review, nextReviewDueAt: due?.toISOString() ?? null };
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** OpenStreetMap opening_hours syntax, which the site renders per language and checks for "open now". */
export const openingHoursField: Field = {
  name: 'openingHours',
  type: 'text',
  label: label('Opening hours', 'Horario', 'Horaires'),
  validate: validateOpeningHours,
  admin: {
    components: { Field: '/fields/openingHours/OpeningHoursField.tsx#OpeningHoursField' },
    description: adminText(
      'OpenStreetMap syntax, e.g. "Mo-Fr 08:00-16:00; Sa 08:00-12:00"',
      'Sintaxis de OpenStreetMap, p. ej. "Mo-Fr 08:00-16:00; Sa 08:00-12:00"',
      'Syntaxe OpenStreetMap, p. ex. "Mo-Fr 08:00-16:00; Sa 08:00-12:00"',
    ),
  },
};
