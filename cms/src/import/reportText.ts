import type { AdminLanguage } from '../i18n/adminLanguages.ts';
import type { ImportReport } from './importServices.ts';
import { importStrings } from './strings.ts';

/**
 * The report as plain text, what the command line prints: the summary, then every problem (row, field, language,
 * message) or every record's outcome. The admin shows the same report as tables (`admin/ImportReportTables.tsx`).
 */
export function reportText(report: ImportReport, language: AdminLanguage): string {
  const strings = importStrings(language);
  const counts = (outcome: string) => report.outcomes.filter((entry) => entry.outcome === outcome).length;
  const lines: string[] = [];
  if (report.problems.length > 0) {
    lines.push(strings.refused(report.problems.length));
    for (const { source, field, language: locale, message } of report.problems) {
      const where = [source, field && `${strings.reportColumns.field.toLowerCase()} "${field}"`, locale && `(${locale})`].filter(Boolean);
      lines.push(`- ${where.join(', ')}: ${message}`);
    }
    return lines.join('\n');
  }
  lines.push(`${report.country}: ${strings.summary(counts('created'), counts('updated'), counts('unchanged'))}`);
  for (const { source, slug, outcome } of report.outcomes) {
    const said = strings[outcome];
    lines.push(`- ${source} ${slug}: ${report.dryRun ? strings.wouldBe(said) : said}`);
  }
  lines.push(report.dryRun ? strings.dryRunDone : report.publish ? strings.importedPublished : strings.importedAsDrafts);
  return lines.join('\n');
}
