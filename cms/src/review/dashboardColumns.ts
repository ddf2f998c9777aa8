import type { Payload } from 'payload';
import type { User } from '../payload-types.ts';
import type { DashboardDocument } from './reviewDashboard.ts';

/** What a column shows for one document; `attention` puts the document on the dashboard even when its review is current. */
export interface DashboardCell {
  text: string;
  attention: boolean;
}

/**
 * The dashboard's extension point: a column beside the review columns, filled for every published document of the
 * user's countries. Translation status is meant to come in here, e.g. one column per language with "missing" or
 * "outdated" (attention) and "up to date"; nothing else in the dashboard has to change for it.
 */
export interface DashboardColumn {
  id: string;
  heading: { en: string; es: string };
  /** Cells keyed by `DashboardDocument.key`; a document left out gets an empty cell. */
  cells(documents: readonly DashboardDocument[], context: { payload: Payload; user: User }): Promise<Map<string, DashboardCell>>;
}

/** The columns the admin's dashboard adds after the review columns (translation status goes here). */
export const dashboardColumns: DashboardColumn[] = [];
