import { reportedCollections, reportKinds, reportStatuses } from '@infohub/content-schemas';
import { label, selectOptions } from '@infohub/content-schemas/payload';
import type { CollectionConfig, FieldAccess } from 'payload';
import { reportAccess } from '../../access/reportAccess.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { receiveReportEndpoint } from './endpoints/receiveReport.ts';

// What the reader sent stays as they sent it: editors change only the status.
const asReceived: FieldAccess = () => false;
const received = { access: { update: asReceived }, admin: { readOnly: true } } as const;

/** "Report wrong information" from the public site: one document per report, in the country of the page. */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: {
    singular: label('Reader report', 'Aviso de lector', 'Signalement'),
    plural: label('Readers’ reports', 'Avisos de lectores', 'Signalements des lecteurs'),
  },
  admin: {
    useAsTitle: 'page',
    defaultColumns: ['page', 'kind', 'status', 'language', 'createdAt'],
    group: adminGroups.content,
    description: {
      en: 'What readers say is wrong on a page. The text is theirs, unchecked: confirm it before changing the content.',
      es: 'Lo que los lectores dicen que está mal en una página. El texto es suyo, sin verificar: confírmelo antes de cambiar el contenido.',
      fr: 'Ce que les lecteurs signalent comme faux sur une page. Le texte est le leur, non vérifié : confirmez-le avant de modifier le contenu.',
    },
  },
  access: reportAccess,
  endpoints: [receiveReportEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      label: label('Status', 'Estado', 'Statut'),
      required: true,
      defaultValue: 'new',
      index: true,
      options: selectOptions(reportStatuses, {
        new: label('New', 'Nuevo', 'Nouveau'),
        confirmed: label('Confirmed', 'Confirmado', 'Confirmé'),
        fixed: label('Fixed', 'Corregido', 'Corrigé'),
        dismissed: label('Dismissed', 'Descartado', 'Écarté'),
      }),
    },
    {
      name: 'kind',
      type: 'select',
      label: label('What is wrong', 'Qué está mal', 'Ce qui est faux'),
      required: true,
      options: selectOptions(reportKinds, {
        closed: label('Closed', 'Cerrado', 'Fermé'),
        phone: label('Phone', 'Teléfono', 'Téléphone'),
        address: label('Address', 'Dirección', 'Adresse'),
        hours: label('Opening hours', 'Horario', 'Horaires'),
        other: label('Other', 'Otro', 'Autre'),
      }),
      ...received,
    },
    { name: 'text', type: 'textarea', label: label('What the reader wrote', 'Lo que escribió', 'Ce que le lecteur a écrit'), ...received },
    {
      name: 'contact',
      type: 'text',
      label: label(
        'Contact (optional, given by the reader)',
        'Contacto (opcional, lo dio el lector)',
        'Contact (facultatif, donné par le lecteur)',
      ),
      ...received,
    },
    { name: 'page', type: 'text', label: label('Page', 'Página', 'Page'), required: true, index: true, ...received },
    { name: 'language', type: 'text', label: label('Language', 'Idioma', 'Langue'), required: true, ...received },
    {
      name: 'document',
      type: 'relationship',
      label: label('Document', 'Documento', 'Document'),
      relationTo: [...reportedCollections],
      required: true,
      index: true,
      ...received,
    },
    {
      name: 'country',
      type: 'relationship',
      label: label('Country', 'País', 'Pays'),
      relationTo: 'countries',
      required: true,
      index: true,
      ...received,
    },
  ],
};
