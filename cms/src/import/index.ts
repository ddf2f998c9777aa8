import type { CollectionConfig, Config, Plugin } from 'payload';
import { importServicesEndpoint, importTemplateEndpoint } from './importEndpoints.ts';

const importServicesPath = '/import-services';

function withImportEndpoints(collection: CollectionConfig): CollectionConfig {
  if (collection.slug !== 'services') return collection;
  return { ...collection, endpoints: [...(collection.endpoints || []), importServicesEndpoint, importTemplateEndpoint] };
}

/**
 * Importing a country's services from a spreadsheet in the admin: the endpoints on the services collection
 * (`/api/services/import`, `/api/services/import-template`), the page `/admin/import-services` and a link to it in
 * the navigation. The command line runs the same import (`scripts/importServices.ts`).
 */
export const servicesImport =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withImportEndpoints),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/import/admin/ImportServicesNavLink#ImportServicesNavLink'],
        views: {
          ...config.admin?.components?.views,
          importServices: { Component: '/import/admin/ImportServicesView#ImportServicesView', path: importServicesPath },
        },
      },
    },
  });
