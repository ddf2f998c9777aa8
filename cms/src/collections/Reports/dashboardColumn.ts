import { openReportStatuses } from '@infohub/content-schemas';
import { type AdminLanguage, adminLanguages } from '../../i18n/adminLanguages.ts';
import type { DashboardCell, DashboardColumn } from '../../review/dashboardColumns.ts';
import { reportStrings } from './strings.ts';

/**
 * The review dashboard's "Readers' reports" column: how many reports of each document are still open. A document
 * with one needs attention even when its review is current. Read as the user, so only their countries' reports count.
 */
export const openReportsColumn: DashboardColumn = {
  id: 'reports',
  heading: Object.fromEntries(adminLanguages.map((language) => [language, reportStrings(language).columnHeading])) as Record<
    AdminLanguage,
    string
  >,
  async cells(documents, { payload, user, language }) {
    const cells = new Map<string, DashboardCell>();
    if (documents.length === 0) return cells;
    const { docs } = await payload.find({
      collection: 'reports',
      where: { status: { in: [...openReportStatuses] } },
      depth: 0,
      pagination: false,
      select: { document: true },
      overrideAccess: false,
      user,
    });
    const counts = new Map<string, number>();
    for (const report of docs) {
      const key = `${report.document.relationTo}:${typeof report.document.value === 'object' ? report.document.value.id : report.document.value}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const text = reportStrings(language);
    for (const document of documents) {
      const count = counts.get(document.key);
      if (count) cells.set(document.key, { text: text.openReports(count), attention: true });
    }
    return cells;
  },
};
