import { label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { countryScopedCollection } from '../shared/countryScopedCollection.ts';
import { alertAdminFields } from './fields.ts';
import { requireEndAfterStart } from './hooks/requireEndAfterStart.ts';

export const Alerts: CollectionConfig = countryScopedCollection({
  slug: 'alerts',
  labels: { singular: label('Alert', 'Alerta', 'Alerte'), plural: label('Alerts', 'Alertas', 'Alertes') },
  fields: alertAdminFields,
  titleField: 'title',
  admin: { defaultColumns: ['title', 'country', 'severity', 'startsAt', 'endsAt', '_status', 'translationStatus'] },
  beforeChange: [requireEndAfterStart],
});
