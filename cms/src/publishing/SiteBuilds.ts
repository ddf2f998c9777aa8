import { adminText, label } from '@infohub/content-schemas/payload';
import type { CollectionConfig, LabelFunction } from 'payload';
import { authenticated } from '../access/authenticated.ts';
import { isAdmin } from '../access/isAdmin.ts';
import { adminGroups } from '../collections/shared/adminGroups.ts';
import { siteBuildStatuses } from './siteBuildStatus.ts';

// Payload's JSON and code fields load their editor from a CDN the admin's CSP blocks: these are read as plain text.
const buildRecordText = '/publishing/admin/BuildRecordText.tsx#BuildRecordText';

const statusLabels = {
  queued: label('Queued', 'En cola', 'En attente'),
  running: label('Building', 'Construyéndose', 'En construction'),
  live: label('Live', 'Publicado', 'En ligne'),
  failed: label('Failed', 'Falló', 'Échec'),
} satisfies Record<(typeof siteBuildStatuses)[number], LabelFunction>;

/**
 * One row per rebuild of the public site: why it was asked for, how it went, how long it took and the end of its
 * output. Written by the publishing jobs only (with access overridden); staff read it, admins may clear old rows.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: {
    singular: label('Site build', 'Construcción del sitio', 'Construction du site'),
    plural: label('Site builds', 'Construcciones del sitio', 'Constructions du site'),
  },
  admin: {
    group: adminGroups.site,
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'status', 'createdAt', 'durationSeconds', 'shardsRebuilt', 'shardsReused'],
    components: { beforeListTable: ['/publishing/RebuildNowButton.tsx#RebuildNowButton'] },
    description: adminText(
      'The public site is rebuilt a few seconds after content is published or unpublished, and when an alert starts or ends. A failed build leaves the previous site online.',
      'El sitio público se reconstruye unos segundos después de publicar o despublicar contenido, y cuando una alerta empieza o termina. Si una construcción falla, el sitio anterior sigue en línea.',
      'Le site public est reconstruit quelques secondes après la publication ou le retrait d’un contenu, et quand une alerte commence ou se termine. Si une construction échoue, le site précédent reste en ligne.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: authenticated, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: siteBuildStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: label('Status', 'Estado', 'Statut'),
      admin: { readOnly: true },
    },
    {
      name: 'summary',
      type: 'text',
      label: label('Changes', 'Cambios', 'Modifications'),
      admin: { readOnly: true, components: { Cell: '/publishing/admin/BuildSummaryCell.tsx#BuildSummaryCell' } },
    },
    {
      name: 'full',
      type: 'checkbox',
      defaultValue: false,
      label: label('Every shard rebuilt', 'Se reconstruyen todas las partes', 'Toutes les parties reconstruites'),
      admin: {
        readOnly: true,
        description: adminText(
          'Asked for with "Rebuild now": every country in every language is built again, changed or not.',
          'Pedida con «Reconstruir ahora»: se vuelve a construir cada país en cada idioma, haya cambiado o no.',
          'Demandée avec « Reconstruire maintenant » : chaque pays est reconstruit dans chaque langue, modifié ou non.',
        ),
      },
    },
    {
      name: 'reasons',
      type: 'json',
      label: label('What asked for it', 'Qué la pidió', 'Ce qui l’a demandée'),
      admin: {
        readOnly: true,
        components: { Field: buildRecordText },
        description: adminText(
          'Every change this build includes.',
          'Cada cambio que incluye esta construcción.',
          'Chaque modification que comprend cette construction.',
        ),
      },
    },
    {
      name: 'startedAt',
      type: 'date',
      label: label('Started', 'Empezó', 'Commencée'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: label('Finished', 'Terminó', 'Terminée'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp' } },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: label('Duration (seconds)', 'Duración (segundos)', 'Durée (secondes)'),
      admin: { readOnly: true },
    },
    { name: 'release', type: 'text', label: label('Release', 'Versión', 'Version'), admin: { readOnly: true } },
    {
      name: 'shardsRebuilt',
      type: 'json',
      label: label('Rebuilt (country in a language)', 'Reconstruido (país en un idioma)', 'Reconstruit (pays dans une langue)'),
      admin: {
        readOnly: true,
        components: { Field: buildRecordText },
        description: adminText(
          'The parts of the site this build made again: "site" is the home pages, "es/honduras" Honduras in Spanish.',
          'Las partes del sitio que esta construcción volvió a hacer: «site» son las portadas, «es/honduras» Honduras en español.',
          'Les parties du site que cette construction a refaites : « site » désigne les pages d’accueil, « es/honduras » le Honduras en espagnol.',
        ),
      },
    },
    {
      name: 'shardsReused',
      type: 'number',
      label: label('Reused unchanged', 'Reutilizadas sin cambios', 'Réutilisées sans changement'),
      admin: { readOnly: true },
    },
    {
      name: 'failedShards',
      type: 'text',
      label: label('Failed parts', 'Partes que fallaron', 'Parties en échec'),
      admin: { readOnly: true },
    },
    { name: 'error', type: 'textarea', label: label('Error', 'Error', 'Erreur'), admin: { readOnly: true } },
    {
      name: 'log',
      type: 'code',
      label: label('End of the build output', 'Final de la salida de la construcción', 'Fin de la sortie de la construction'),
      admin: { readOnly: true, components: { Field: buildRecordText } },
    },
  ],
};
