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
    label: label('Country', 'País'),
    options: countries.map((country) => ({ label: country.name, value: country.code })),
  },
  { name: 'name', type: 'text', required: true, localized: true, label: label('Name', 'Nombre') },
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
    label: label('Languages published', 'Idiomas publicados'),
    options: selectOptions(localeCodes),
  },
  {
    name: 'emergencyNumbers',
    type: 'array',
    label: label('Emergency numbers', 'Números de emergencia'),
    fields: [
      { name: 'label', type: 'text', required: true, localized: true, label: label('What for', 'Para qué') },
      { name: 'number', type: 'text', required: true, label: label('Number', 'Número'), validate: validatePhoneNumber },
    ],
  },
];

export const topicFields: Field[] = [
  { name: 'title', type: 'text', required: true, localized: true, label: label('Title', 'Título') },
  slugField({ validate: (value: unknown) => validateSlug(value, reservedCountrySegments) } as Partial<Field>),
  { name: 'kind', type: 'select', required: true, label: label('Kind', 'Tipo'), options: selectOptions(topicKinds, topicKindLabels) },
  { name: 'description', type: 'textarea', localized: true, label: label('Description', 'Descripción') },
  {
    name: 'order',
    type: 'number',
    defaultValue: 0,
    validate: validateWholeNumber,
    label: label('Order', 'Orden'),
    admin: { position: 'sidebar' },
  },
];

export const guideFields: Field[] = [
  { name: 'title', type: 'text', required: true, localized: true, label: label('Title', 'Título') },
  slugField(),
  countryRelationField,
  {
    name: 'topic',
    type: 'relationship',
    relationTo: 'topics',
    required: true,
    label: label('Topic', 'Tema'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'audiences',
    type: 'select',
    hasMany: true,
    label: label('Who it is for', 'Para quién es'),
    options: selectOptions(audiences, audienceLabels),
    admin: { position: 'sidebar' },
  },
  { name: 'summary', type: 'textarea', required: true, localized: true, label: label('Summary', 'Resumen') },
  {
    name: 'requiredDocuments',
    type: 'array',
    label: label('Required documents (checklist)', 'Documentos requeridos (lista)'),
    fields: [
      { name: 'name', type: 'text', required: true, localized: true, label: label('Document', 'Documento') },
      { name: 'details', type: 'textarea', localized: true, label: label('Details', 'Detalles') },
    ],
  },
  {
    name: 'steps',
    type: 'array',
    label: label('Steps', 'Pasos'),
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: label('Step', 'Paso') },
      { name: 'details', type: 'textarea', localized: true, label: label('Details', 'Detalles') },
    ],
  },
  { name: 'cost', type: 'text', localized: true, label: label('Cost', 'Costo') },
  { name: 'processingTime', type: 'text', localized: true, label: label('Processing time', 'Tiempo de trámite') },
  { name: 'whereToApply', type: 'textarea', localized: true, label: label('Where to apply', 'Dónde se tramita') },
  {
    name: 'body',
    type: 'richText',
    localized: true,
    label: label('More information', 'Más información'),
    validate: validateRichTextLinks,
  },
  {
    name: 'officialSources',
    type: 'array',
    label: label('Official sources', 'Fuentes oficiales'),
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: label('Title', 'Título') },
      {
        name: 'url',
        type: 'text',
        required: true,
        label: label('Address (https://…)', 'Dirección (https://…)'),
        validate: validateHttpUrl,
      },
    ],
  },
  { name: 'image', type: 'upload', relationTo: 'media', label: label('Image', 'Imagen') },
  reviewFields('guides'),
];

export const serviceFields: Field[] = [
  { name: 'name', type: 'text', required: true, localized: true, label: label('Name', 'Nombre') },
  slugField({ validate: (value: unknown) => validateSlug(value, reservedDirectorySegments) } as Partial<Field>),
  countryRelationField,
  { name: 'organization', type: 'text', required: true, label: label('Organisation', 'Organización') },
  {
    name: 'category',
    type: 'select',
    required: true,
    label: label('Category', 'Categoría'),
    options: selectOptions(serviceCategories, serviceCategoryLabels),
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'active',
    label: label('Status', 'Estado'),
    options: selectOptions(serviceStatuses, serviceStatusLabels),
  },
  { name: 'description', type: 'textarea', required: true, localized: true, label: label('Description', 'Descripción') },
  { name: 'city', type: 'text', required: true, index: true, label: label('City', 'Ciudad') },
  { name: 'address', type: 'textarea', localized: true, label: label('Address', 'Dirección') },
  { name: 'location', type: 'point', label: label('Location on the map', 'Ubicación en el mapa') },
  phonesField,
  { name: 'email', type: 'email', label: label('Email', 'Correo electrónico') },
  { name: 'website', type: 'text', label: label('Website', 'Sitio web'), validate: validateHttpUrl },
  openingHoursField,
  {
    name: 'languages',
    type: 'select',
    hasMany: true,
    label: label('Languages spoken', 'Idiomas que se hablan'),
    options: spokenLanguages.map((language) => ({ label: language.name, value: language.code })),
  },
  { name: 'fees', type: 'text', localized: true, label: label('Fees', 'Costo') },
  { name: 'eligibility', type: 'textarea', localized: true, label: label('Who can use it', 'Quién puede usarlo') },
  reviewFields('services'),
];

export const hubFields: Field[] = [
  { name: 'name', type: 'text', required: true, localized: true, label: label('Name', 'Nombre') },
  slugField({ validate: (value: unknown) => validateSlug(value, reservedDirectorySegments) } as Partial<Field>),
  countryRelationField,
  { name: 'municipality', type: 'text', required: true, label: label('Municipality', 'Municipio') },
  { name: 'address', type: 'textarea', required: true, localized: true, label: label('Address', 'Dirección') },
  { name: 'description', type: 'textarea', localized: true, label: label('What the hub offers', 'Qué ofrece el centro') },
  openingHoursField,
  phonesField,
  { name: 'email', type: 'email', label: label('Email', 'Correo electrónico') },
  {
    name: 'modalities',
    type: 'select',
    hasMany: true,
    required: true,
    label: label('How to reach it', 'Cómo se atiende'),
    options: selectOptions(hubModalities, hubModalityLabels),
  },
  reviewFields('hubs'),
];

export const alertFields: Field[] = [
  { name: 'title', type: 'text', required: true, localized: true, label: label('Title', 'Título') },
  // Alerts have no page of their own; the slug names each alert stably (the demo seed finds its alerts by it).
  slugField(),
  countryRelationField,
  {
    name: 'severity',
    type: 'select',
    required: true,
    defaultValue: 'warning',
    label: label('Severity', 'Gravedad'),
    options: selectOptions(alertSeverities, alertSeverityLabels),
  },
  { name: 'body', type: 'textarea', required: true, localized: true, label: label('Text', 'Texto') },
  {
    name: 'startsAt',
    type: 'date',
    required: true,
    label: label('Shown from', 'Visible desde'),
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'endsAt',
    type: 'date',
    label: label('Shown until', 'Visible hasta'),
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
];

export const mediaFields: Field[] = [
  {
    name: 'alt',
    type: 'text',
    required: true,
    localized: true,
    label: label('Text alternative (what the image shows)', 'Texto alternativo (qué muestra la imagen)'),
  },
];
