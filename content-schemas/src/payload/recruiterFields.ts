import type { Field } from 'payload';
import { recruiterKinds, recruiterStatuses, recruitmentSectors } from '../vocabularies.ts';
import { calendarDay, countryRelationField, slugField, validateHttpUrl } from './commonFields.ts';
import { label, selectOptions } from './labels.ts';
import { recruiterKindLabels, recruiterStatusLabels, recruitmentSectorLabels } from './vocabularyLabels.ts';

/**
 * One entry of a country's register of recruitment agencies and official job-placement programmes, copied from the
 * issuing authority's own register, so a reader can check an offer before paying anyone. Names and numbers are
 * written as the register writes them, in every language.
 */
export const recruiterFields: Field[] = [
  { name: 'name', type: 'text', required: true, label: label('Registered name', 'Nombre registrado', 'Nom enregistré') },
  slugField(),
  countryRelationField,
  {
    name: 'otherNames',
    type: 'array',
    label: label('Other names (trade or former names)', 'Otros nombres (comerciales o anteriores)', 'Autres noms (commerciaux ou anciens)'),
    labels: { singular: label('Other name', 'Otro nombre', 'Autre nom'), plural: label('Other names', 'Otros nombres', 'Autres noms') },
    fields: [{ name: 'name', type: 'text', required: true, label: label('Name', 'Nombre', 'Nom') }],
  },
  {
    name: 'kind',
    type: 'select',
    required: true,
    defaultValue: 'agency',
    label: label('Kind', 'Tipo', 'Type'),
    options: selectOptions(recruiterKinds, recruiterKindLabels),
  },
  { name: 'licenceNumber', type: 'text', index: true, label: label('Licence number', 'Número de licencia', 'Numéro de licence') },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'licensed',
    label: label('Status in the register', 'Estado en el registro', 'Statut au registre'),
    options: selectOptions(recruiterStatuses, recruiterStatusLabels),
  },
  {
    name: 'validUntil',
    type: 'date',
    label: label('Licence valid until', 'Licencia válida hasta', 'Licence valable jusqu’au'),
    admin: { date: calendarDay },
  },
  {
    name: 'authority',
    type: 'text',
    required: true,
    label: label('Issuing authority', 'Autoridad que la otorga', 'Autorité qui la délivre'),
  },
  {
    name: 'authorityUrl',
    type: 'text',
    required: true,
    label: label(
      'The authority’s official register (https://…)',
      'Registro oficial de la autoridad (https://…)',
      'Registre officiel de l’autorité (https://…)',
    ),
    validate: validateHttpUrl,
  },
  {
    name: 'destinations',
    type: 'text',
    localized: true,
    label: label('Destination countries', 'Países de destino', 'Pays de destination'),
  },
  {
    name: 'sectors',
    type: 'select',
    hasMany: true,
    label: label('Sectors', 'Sectores', 'Secteurs'),
    options: selectOptions(recruitmentSectors, recruitmentSectorLabels),
  },
  {
    name: 'lastCheckedAt',
    type: 'date',
    required: true,
    label: label(
      'Last checked against the official register',
      'Última comprobación en el registro oficial',
      'Dernière vérification au registre officiel',
    ),
    admin: { position: 'sidebar', date: calendarDay },
  },
];
