import { adminText } from '@infohub/content-schemas/payload';

/** How the admin's navigation groups collections: what editors write first, settings last. */
export const adminGroups = {
  content: adminText('Content', 'Contenido', 'Contenu'),
  taxonomy: adminText('Countries and topics', 'Países y temas', 'Pays et thèmes'),
  library: adminText('Library', 'Biblioteca', 'Bibliothèque'),
  administration: adminText('Administration', 'Administración', 'Administration'),
  site: adminText('Site', 'Sitio', 'Site'),
};
