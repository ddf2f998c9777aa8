import { adminText, label } from '@infohub/content-schemas/payload';
import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone.ts';
import { isAdmin } from '../access/isAdmin.ts';
import { adminGroups } from '../collections/shared/adminGroups.ts';

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Site settings', 'Configuración del sitio', 'Paramètres du site'),
  admin: { group: adminGroups.administration },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'demoContent',
      type: 'checkbox',
      defaultValue: false,
      label: label('The content is demo content', 'El contenido es de demostración', 'Le contenu est un contenu de démonstration'),
      admin: {
        description: adminText(
          'While ticked, every page of the public site says its content is fictional and not legal advice. Untick it once the demo content is replaced by real content.',
          'Mientras esté marcado, cada página del sitio público dice que su contenido es ficticio y no es asesoría legal. Desmárquelo cuando el contenido de demostración se haya reemplazado por contenido real.',
          'Tant que la case est cochée, chaque page du site public indique que son contenu est fictif et ne constitue pas un conseil juridique. Décochez-la une fois le contenu de démonstration remplacé par du contenu réel.',
        ),
      },
    },
  ],
};
