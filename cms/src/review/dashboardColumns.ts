import type { Payload } from 'payload';
import type { AdminLanguage } from '../i18n/adminLanguages.ts';
import type { User } from '../payload-types.ts';
import type { DashboardDocument } from './reviewDashboard.ts';

/** What a column shows for one document; `attention` puts the document on the dashboard even when its review is current. */
export interface DashboardCell {
  text: string;
  attention: boolean;
}

/**
 * The dashboard's extension point: a column beside the review columns, filled for every published document of the
 * user's countries, in the admin's language. Translation status comes in this way (`translations/dashboardColumn.ts`),
 * given to the review plugin where the CMS is assembled (`payload.config.ts`).
 */
export interface DashboardColumn {
  id: string;
  heading: Record<AdminLanguage, string>;
  /** Cells keyed by `DashboardDocument.key`; a document left out gets an empty cell. */
  cells(
    documents: readonly DashboardDocument[],
    context: { payload: Payload; user: User; language: AdminLanguage },
  ): Promise<Map<string, DashboardCell>>;
}
