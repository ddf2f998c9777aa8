import { label } from '@infohub/content-schemas/payload';
import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { fillSlugFromSpanishTitle } from '../../hooks/fillSlugFromSpanishTitle.ts';
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { requireUniqueSlug } from '../../hooks/requireUniqueSlug.ts';
import { adminGroups } from '../shared/adminGroups.ts';
import { topicAdminFields } from './fields.ts';

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: label('Topic', 'Tema', 'Thème'), plural: label('Topics', 'Temas', 'Thèmes') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'order', 'updatedAt', 'translationStatus'],
    group: adminGroups.taxonomy,
  },
  defaultSort: 'order',
  // The taxonomy is shared by every country, and its slugs are URLs: admins keep it, in every language.
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: topicAdminFields,
  hooks: {
    beforeDelete: [refuseDeleteWhileUsed({ instead: 'move them to another topic first' })],
    beforeValidate: [fillSlugFromSpanishTitle('title')],
    beforeChange: [requireUniqueSlug({ perCountry: false }), requireDefaultLocaleText],
  },
};
