import { alertFields, label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { countryScopedCollection } from '../shared/countryScopedCollection.ts';
import { requireEndAfterStart } from './hooks/requireEndAfterStart.ts';

export const Alerts: CollectionConfig = countryScopedCollection({
  slug: 'alerts',
  labels: { singular: label('Alert', 'Alerta'), plural: label('Alerts', 'Alertas') },
  fields: alertFields,
  titleField: 'title',
  admin: { defaultColumns: ['title', 'country', 'severity', 'startsAt', 'endsAt', '_status', 'translationStatus'] },
  beforeChange: [requireEndAfterStart],
});
