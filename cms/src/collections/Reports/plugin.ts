import { isReportedCollection } from '@infohub/content-schemas';
import type { CollectionConfig, Config, Plugin } from 'payload';
import { Reports } from './index.ts';

/** The pages readers report on get, beside "Mark as reviewed", the offer to close their open reports once reviewed. */
function offerToCloseReports(collection: CollectionConfig): CollectionConfig {
  if (!isReportedCollection(collection.slug)) return collection;
  const edit = collection.admin?.components?.edit;
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...edit,
          beforeDocumentControls: [
            ...(edit?.beforeDocumentControls ?? []),
            '/collections/Reports/admin/CloseReportsOffer#CloseReportsOffer',
          ],
        },
      },
    },
  };
}

/**
 * Readers' reports of wrong information: the `reports` collection (with the public endpoint the site's form posts
 * to) and, on guides, services and hubs, the offer to close a document's open reports when it is marked reviewed.
 * The review dashboard's count comes in as a column (`dashboardColumn.ts`), given where the CMS is assembled.
 */
export const readerReports =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []).map(offerToCloseReports), Reports],
  });
