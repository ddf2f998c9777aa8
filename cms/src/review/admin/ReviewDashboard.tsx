import type { ServerProps } from 'payload';
import { formatCalendarDay } from '../../i18n/adminDates.ts';
import { adminLanguage } from '../../i18n/adminLanguages.ts';
import type { User } from '../../payload-types.ts';
import type { DashboardColumn } from '../dashboardColumns.ts';
import { type DashboardRow, reviewDashboardData } from '../reviewDashboard.ts';
import { reviewStrings } from '../strings.ts';

type DashboardStrings = ReturnType<typeof reviewStrings>['dashboard'];

const cellStyle = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'start' as const };
const overdueStyle = { color: 'var(--theme-error-600)', fontWeight: 600 };

/**
 * Before the dashboard's collection cards: per country the user works on, what is due for review, each row linked
 * to the document's edit page. Reads through the Local API as the user (see `reviewDashboardData`). The columns
 * come from the plugin's options (`review/index.ts`).
 */
export async function ReviewDashboard({ payload, user, i18n, columns }: ServerProps & { columns: DashboardColumn[] }) {
  if (user?.collection !== 'users') return null;
  const text = reviewStrings(i18n.language).dashboard;
  const columnLanguage = adminLanguage(i18n.language);
  const dashboard = await reviewDashboardData({ payload, user: user as User, now: new Date(), columns, language: columnLanguage });
  const formatDate = (iso: string) => formatCalendarDay(iso, i18n.language);

  return (
    <section aria-labelledby="review-dashboard-heading" style={{ marginBottom: 'var(--base, 2rem)' }}>
      <h2 id="review-dashboard-heading">{text.heading}</h2>
      <p>{text.intro(dashboard.dueSoonDays)}</p>
      {dashboard.countries.length === 0 ? <p>{text.noCountries}</p> : null}
      {dashboard.countries.map((country) => (
        <section key={country.id} aria-labelledby={`review-country-${country.slug}`}>
          <h3 id={`review-country-${country.slug}`} style={{ marginTop: '1.5rem' }}>
            {country.name} ({country.rows.length})
          </h3>
          {country.rows.length === 0 ? (
            <p>{text.nothingDue}</p>
          ) : (
            <div className="review-dashboard__table">
              <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    <th style={cellStyle}>{text.document}</th>
                    <th style={cellStyle}>{text.kind}</th>
                    <th style={cellStyle}>{text.state}</th>
                    <th style={cellStyle}>{text.lastReviewed}</th>
                    {dashboard.columns.map((column) => (
                      <th key={column.id} style={cellStyle}>
                        {column.heading[columnLanguage]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {country.rows.map((row) => (
                    <tr key={row.key}>
                      <td style={cellStyle}>
                        <a href={row.editPath}>{row.title}</a>
                      </td>
                      <td style={cellStyle}>{text.kinds[row.collection]}</td>
                      <td
                        style={{ ...cellStyle, ...(row.reviewState === 'due-soon' || row.reviewState === 'current' ? {} : overdueStyle) }}
                      >
                        {stateText(row, text, formatDate)}
                      </td>
                      <td style={cellStyle}>
                        {row.review.lastReviewedAt ? text.by(formatDate(row.review.lastReviewedAt), row.review.reviewedBy) : '—'}
                      </td>
                      {dashboard.columns.map((column) => (
                        <td key={column.id} style={{ ...cellStyle, ...(row.cells[column.id]?.attention ? overdueStyle : {}) }}>
                          {row.cells[column.id]?.text ?? ''}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </section>
  );
}

function stateText(row: DashboardRow, text: DashboardStrings, formatDate: (iso: string) => string): string {
  const due = row.review.nextReviewDueAt;
  if (row.reviewState === 'never-reviewed' || due === null) return text.neverReviewed;
  if (row.reviewState === 'overdue') return text.overdue(formatDate(due));
  if (row.reviewState === 'due-soon') return text.dueSoon(formatDate(due));
  return text.current(formatDate(due));
}
