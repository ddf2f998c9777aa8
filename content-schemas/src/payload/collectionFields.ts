import type { Field } from 'payload';
import { countries } from '../countries.ts';
import { defaultLocale, localeCodes } from '../locales.ts';
import { reservedCountrySegments, reservedDirectorySegments } from '../paths.ts';
import { spokenLanguages } from '../spokenLanguages.ts';
import { alertSeverities, audiences, hubModalities, serviceCategories, serviceStatuses, topicKinds } from '../vocabularies.ts';
import {
  countryRelationField,
  openingHoursField,
  phonesField,
  reviewFields,
  slugField,
  validateHttpUrl,
  validatePhoneNumber,
  validateSlug,
  validateWholeNumber,
} from './commonFields.ts';
import { label, selectOptions } from './labels.ts';
import { validateRichTextLinks } from './richTextLinks.ts';
import {
  alertSeverityLabels,
  audienceLabels,
  hubModalityLabels,
  serviceCategoryLabels,
  serviceStatusLabels,
  topicKindLabels,
} from './vocabularyLabels.ts';

/**
 * The fields of each collection, named as in the content snapshot so that the exporter maps one to the other
 * without renaming. The CMS adds access rules, hooks, versions and admin layout around them.
 */
export const countryFields: Field[] = [
  {
    name: 'code',
    type: 'select',
    required: true,
    unique: true,
    label: label('Country', 'País', 'Pays'),
    options: countries.map((country) => ({ label: country.name, value: country.code })),
  },
  { name: 'name', type: 'text', required: true, localized: true, label: label('Name', 'Nombre', 'Nom') },
  slugField({ admin: { position: 'sidebar', readOnly: true } } as Partial<Field>),
  {
    name: 'locales',
    type: 'select',
    hasMany: true,
    // SQL adapters keep a localized collection's translations in `countries_locales`: this select needs another table.
    dbName: 'countries_published_locales',
    validate: (value: unknown) =>
      Array.isArray(value) && value.includes(defaultLocale)
        ? true
        : `Include ${defaultLocale}: it is the language readers see where a translation is missing`,
    required: true,
    label: label('Languages published', 'Idiomas publicados', 'Langues publiées'),
    options: selectOptions(localeCodes),
  },
  {
    name: 'emergencyNumbers',
    type: 'array',
    label: label('Emergency numbers', 'Números de emergencia', 'Numéros d’urgence'),
    labels: {
      singular: label('Emergency number', 'Número de emergencia', 'Numéro d’urgence'),
      plural: label('Emergency numbers', 'Números de emergencia', 'Numéros d’urgence'),
    },
    fields: [
      { name: 'label', type: 'text', required: true, localized: true, label: label('What for', 'Para qué', 'Pour quoi') },
      { name: 'number', type: 'text', required: true, label: label('Number', 'Número', 'Numéro'), validate: validatePhoneNumber },
    ],
  },
];

export const topicFields: Field[] = [
  { name: 'title', type: 'text', required: true, localized: true, label: label('Title', 'Título', 'Titre') },
  slugField({ validate: (value: unknown) => validateSlug(value, reservedCountrySegments) } as Partial<Field>),
  {
    name: 'kind',
    type: 'select',
    required: true,
    label: label('Kind', 'Tipo', 'Type'),
    options: selectOptions(topicKinds, topicKindLabels),
  },
  { name: 'description', type: 'textarea', localized: true, label: label('Description', 'Descripción', 'Description') },
  {
    name: 'order',
    type: 'number',
    defaultValue: 0,
    validate: validateWholeNumber,
    label: label('Order', 'Orden', 'Ordre'),
    admin: { position: 'sidebar' },
  },
];

export const guideFields: Field[] = [
  { name: 'title', type: 'text', required: true, localized: true, label: label('Title', 'Título', 'Titre') },
  slugField(),
  countryRelationField,
  {
    name: 'topic',
    type: 'relationship',
    relationTo: 'topics',
    required: true,
    label: label('Topic', 'Tema', 'Thème'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'audiences',
    type: 'select',
    hasMany: true,
    label: label('Who it is for', 'Para quién es', 'Pour qui'),
    options: selectOptions(audiences, audienceLabels),
    admin: { position: 'sidebar' },
  },
  { name: 'summary', type: 'textarea', required: true, localized: true, label: label('Summary', 'Resumen', 'Résumé') },
  {
    name: 'requiredDocuments',
    type: 'array',
    label: label('Required documents (checklist)', 'Documentos requeridos (lista)', 'Documents requis (liste)'),
    labels: {
      singular: label('Required document', 'Documento requerido', 'Document requis'),
      plural: label('Required documents', 'Documentos requeridos', 'Documents requis'),
    },
    fields: [
      { name: 'name', type: 'text', required: true, localized: true, label: label('Document', 'Documento', 'Document') },
      { name: 'details', type: 'textarea', localized: true, label: label('Details', 'Detalles', 'Détails') },
    ],
  },
  {
    name: 'steps',
    type: 'array',
    label: label('Steps', 'Pasos', 'Étapes'),
    labels: { singular: label('Step', 'Paso', 'Étape'), plural: label('Steps', 'Pasos', 'Étapes') },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: label('Step', 'Paso', 'Étape') },
      { name: 'details', type: 'textarea', localized: true, label: label('Details', 'Detalles', 'Détails') },
    ],
  },
  { name: 'cost', type: 'text', localized: true, label: label('Cost', 'Costo', 'Coût') },
  { name: 'processingTime', type: 'text', localized: true, label: label('Processing time', 'Tiempo de trámite', 'Délai de traitement') },
  { name: 'whereToApply', type: 'textarea', localized: true, label: label('Where to apply', 'Dónde se tramita', 'Où faire la démarche') },
  {
    name: 'body',
    type: 'richText',
    localized: true,
    label: label('More information', 'Más información', 'Plus d’informations'),
    validate: validateRichTextLinks,
  },
  {
    name: 'officialSources',
    type: 'array',
    label: label('Official sources', 'Fuentes oficiales', 'Sources officielles'),
    labels: {
      singular: label('Official source', 'Fuente oficial', 'Source officielle'),
      plural: label('Official sources', 'Fuentes oficiales', 'Sources officielles'),
    },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: label('Title', 'Título', 'Titre') },
      {
        name: 'url',
        type: 'text',
        required: true,
        label: label('Address (https://…)', 'Dirección (https://…)', 'Adresse (https://…)'),
        validate: validateHttpUrl,
      },
    ],
  },
  { name: 'image', type: 'upload', relationTo: 'media', label: label('Image', 'Imagen', 'Image') },
  reviewFields('guides'),
];

export const serviceFields: Field[] = [
  { name: 'name', type: 'text', required: true, localized: true, label: label('Name', 'Nombre', 'Nom') },
  slugField({ validate: (value: unknown) => validateSlug(value, reservedDirectorySegments) } as Partial<Field>),
  countryRelationField,
  { name: 'organization', type: 'text', required: true, label: label('Organisation', 'Organización', 'Organisation') },
  {
    name: 'category',
    type: 'select',
    required: true,
    label: label('Category', 'Categoría', 'Catégorie'),
    options: selectOptions(serviceCategories, serviceCategoryLabels),
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'active',
    label: label('Status', 'Estado', 'Statut'),
    options: selectOptions(serviceStatuses, serviceStatusLabels),
  },
  { name: 'description', type: 'textarea', required: true, localized: true, label: label('Description', 'Descripción', 'Description') },
  { name: 'city', type: 'text', required: true, index: true, label: label('City', 'Ciudad', 'Ville') },
  { name: 'address', type: 'textarea', localized: true, label: label('Address', 'Dirección', 'Adresse') },
  { name: 'location', type: 'point', label: label('Location on the map', 'Ubicación en el mapa', 'Emplacement sur la carte') },
  phonesField,
  { name: 'email', type: 'email', label: label('Email', 'Correo electrónico', 'Courriel') },
  { name: 'website', type: 'text', label: label('Website', 'Sitio web', 'Site web'), validate: validateHttpUrl },
  openingHoursField,
  {
    name: 'languages',
    type: 'select',
    hasMany: true,
    label: label('Languages spoken', 'Idiomas que se hablan', 'Langues parlées'),
    options: spokenLanguages.map((language) => ({ label: language.name, value: language.code })),
  },
  { name: 'fees', type: 'text', localized: true, label: label('Fees', 'Costo', 'Frais') },
  { name: 'eligibility', type: 'textarea', localized: true, label: label('Who can use it', 'Quién puede usarlo', 'Qui peut y recourir') },
  reviewFields('services'),
];

export const hubFields: Field[] = [
  { name: 'name', type: 'text', required: true, localized: true, label: label('Name', 'Nombre', 'Nom') },
  slugField({ validate: (value: unknown) => validateSlug(value, reservedDirectorySegments) } as Partial<Field>),
  countryRelationField,
  { name: 'municipality', type: 'text', required: true, label: label('Municipality', 'Municipio', 'Commune') },
  { name: 'address', type: 'textarea', required: true, localized: true, label: label('Address', 'Dirección', 'Adresse') },
  {
    name: 'description',
    type: 'textarea',
    localized: true,
    label: label('What the hub offers', 'Qué ofrece el centro', 'Ce que propose le centre'),
  },
  openingHoursField,
  phonesField,
  { name: 'email', type: 'email', label: label('Email', 'Correo electrónico', 'Courriel') },
  {
    name: 'modalities',
    type: 'select',
    hasMany: true,
    required: true,
    label: label('How to reach it', 'Cómo se atiende', 'Comment le joindre'),
    options: selectOptions(hubModalities, hubModalityLabels),
  },
  reviewFields('hubs'),
];

/**
 * An alert starts and ends at a moment (a road reopens at 6 a.m.), shown in the editor's time zone; `PPp` is
 * date-fns's medium date and short time in the admin language ("5 dic 2026, 6:00").
 */
const alertMoment = { pickerAppearance: 'dayAndTime', displayFormat: 'PPp' } as const;

export const alertFields: Field[] = [
  { name: 'title', type: 'text', required: true, localized: true, label: label('Title', 'Título', 'Titre') },
  // Alerts have no page of their own; the slug names each alert stably (the demo seed finds its alerts by it).
  slugField(),
  countryRelationField,
  {
    name: 'severity',
    type: 'select',
    required: true,
    defaultValue: 'warning',
    label: label('Severity', 'Gravedad', 'Gravité'),
    options: selectOptions(alertSeverities, alertSeverityLabels),
  },
  { name: 'body', type: 'textarea', required: true, localized: true, label: label('Text', 'Texto', 'Texte') },
  {
    name: 'startsAt',
    type: 'date',
    required: true,
    label: label('Shown from', 'Visible desde', 'Visible à partir du'),
    admin: { position: 'sidebar', date: alertMoment },
  },
  {
    name: 'endsAt',
    type: 'date',
    label: label('Shown until', 'Visible hasta', 'Visible jusqu’au'),
    admin: { position: 'sidebar', date: alertMoment },
  },
];

export const mediaFields: Field[] = [
  {
    name: 'alt',
    type: 'text',
    required: true,
    localized: true,
    label: label(
      'Text alternative (what the image shows)',
      'Texto alternativo (qué muestra la imagen)',
      'Texte alternatif (ce que montre l’image)',
    ),
  },
];
