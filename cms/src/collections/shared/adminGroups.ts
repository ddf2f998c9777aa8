import { label } from '@infohub/content-schemas/payload';

/** How the admin's navigation groups collections: what editors write first, settings last. */
export const adminGroups = {
  content: label('Content', 'Contenido'),
  taxonomy: label('Countries and topics', 'Países y temas'),
  library: label('Library', 'Biblioteca'),
  administration: label('Administration', 'Administración'),
  site: label('Site', 'Sitio'),
};
