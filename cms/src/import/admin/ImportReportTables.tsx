import type { AdminLanguage } from '../../i18n/adminLanguages.ts';
import type { ImportReport } from '../importServices.ts';
import { importStrings } from '../strings.ts';

const cellStyle = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'start' as const };

/**
 * The import's report as the admin shows it: the problems (where, field, language, what is wrong), or what each
 * row does (or would do, in a dry run). The command line prints the same report as text (`reportText.ts`).
 */
export function ImportReportTables({ report, language, headingId }: { report: ImportReport; language: AdminLanguage; headingId: string }) {
  const strings = importStrings(language);
  const columns = strings.reportColumns;
  if (report.problems.length > 0) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{strings.view.problemsHeading}</h2>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {[columns.source, columns.field, columns.language, columns.message].map((heading) => (
                <th key={heading} scope="col" style={cellStyle}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem, index) => (
              // Problems have no identity of their own; the list is replaced whole on each check.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index}>
                <td style={cellStyle}>{problem.source}</td>
                <td style={cellStyle}>{problem.field ?? ''}</td>
                <td style={cellStyle}>{problem.language ?? ''}</td>
                <td style={cellStyle}>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  }
  const count = (outcome: string) => report.outcomes.filter((entry) => entry.outcome === outcome).length;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{report.dryRun ? strings.view.checkHeading : strings.view.doneHeading}</h2>
      <p>
        {strings.summary(count('created'), count('updated'), count('unchanged'))}.{' '}
        {report.dryRun ? strings.dryRunDone : report.publish ? strings.importedPublished : strings.importedAsDrafts}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {[columns.source, columns.slug, columns.outcome].map((heading) => (
              <th key={heading} scope="col" style={cellStyle}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.outcomes.map(({ source, slug, outcome }) => (
            <tr key={source}>
              <td style={cellStyle}>{source}</td>
              <td style={cellStyle}>{slug}</td>
              <td style={cellStyle}>{report.dryRun ? strings.wouldBe(strings[outcome]) : strings[outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
