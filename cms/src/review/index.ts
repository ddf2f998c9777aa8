import { isReviewedCollection } from '@infohub/content-schemas';
import type { CollectionConfig, Config, Plugin } from 'payload';
import type { DashboardColumn } from './dashboardColumns.ts';
import { type AfterReview, markReviewedEndpoint } from './markReviewed.ts';

/** What reviewed collections (guides, services, hubs) add: the endpoint and the edit view's "Mark as reviewed" button. */
function reviewed(collection: CollectionConfig, afterReview: AfterReview | undefined): CollectionConfig {
  if (!isReviewedCollection(collection.slug)) return collection;
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          // Appended: other plugins put their own controls there too.
          beforeDocumentControls: [
            ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
            '/review/admin/MarkReviewedButton#MarkReviewedButton',
          ],
        },
      },
    },
    endpoints: [...(collection.endpoints || []), markReviewedEndpoint(afterReview)],
  };
}

/**
 * Reviews of published content: "Mark as reviewed" on guides, services and hubs, and above the admin's dashboard
 * what is due for review per country. Other features show their own state on that dashboard through
 * `dashboardColumns` (translations do), so this folder never imports them.
 */
export const editorialReview =
  ({ dashboardColumns = [], afterReview }: { dashboardColumns?: DashboardColumn[]; afterReview?: AfterReview } = {}): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => reviewed(collection, afterReview)),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        // A server component: its props stay on the server, so the columns may carry functions.
        beforeDashboard: [
          ...(config.admin?.components?.beforeDashboard ?? []),
          { path: '/review/admin/ReviewDashboard#ReviewDashboard', serverProps: { columns: dashboardColumns } },
        ],
      },
    },
  });
