import type { ServerProps } from 'payload';
import type { User } from '../../payload-types.ts';
import type { DashboardColumn } from '../dashboardColumns.ts';
import { type DashboardRow, reviewDashboardData } from '../reviewDashboard.ts';

type Language = 'en' | 'es';

const words = {
  en: {
    heading: 'Reviews due',
    intro: (days: number) =>
      `Published guides, services and hubs whose review is overdue or due in the next ${days} days, most urgent first.`,
    nothingDue: 'Nothing due: everything was reviewed recently.',
    noCountries: 'No country is assigned to your account yet: ask an administrator.',
    document: 'Document',
    kind: 'Type',
    state: 'Review',
    lastReviewed: 'Last reviewed',
    kinds: { guides: 'Guide', services: 'Service', hubs: 'Hub' },
    neverReviewed: 'Never reviewed',
    overdue: (date: string) => `Overdue since ${date}`,
    dueSoon: (date: string) => `Due on ${date}`,
    current: (date: string) => `Next on ${date}`,
    by: (date: string, organization: string | null) => (organization ? `${date}, ${organization}` : date),
  },
  es: {
    heading: 'Revisiones pendientes',
    intro: (days: number) =>
      `Guías, servicios y hubs publicados cuya revisión está vencida o vence en los próximos ${days} días, primero lo más urgente.`,
    nothingDue: 'Nada pendiente: todo se revisó hace poco.',
    noCountries: 'Tu cuenta aún no tiene países asignados: pídelo a quien administra.',
    document: 'Documento',
    kind: 'Tipo',
    state: 'Revisión',
    lastReviewed: 'Última revisión',
    kinds: { guides: 'Guía', services: 'Servicio', hubs: 'Hub' },
    neverReviewed: 'Nunca revisado',
    overdue: (date: string) => `Vencida desde el ${date}`,
    dueSoon: (date: string) => `Vence el ${date}`,
    current: (date: string) => `Próxima el ${date}`,
    by: (date: string, organization: string | null) => (organization ? `${date}, ${organization}` : date),
  },
};

const cellStyle = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'start' as const };
const overdueStyle = { color: 'var(--theme-error-600)', fontWeight: 600 };

/**
 * Before the dashboard's collection cards: per country the user works on, what is due for review, each row linked
 * to the document's edit page. Reads through the Local API as the user (see `reviewDashboardData`). The columns
 * come from the plugin's options (`review/index.ts`).
 */
export async function ReviewDashboard({ payload, user, i18n, columns }: ServerProps & { columns: DashboardColumn[] }) {
  if (user?.collection !== 'users') return null;
  const language: Language = i18n.language === 'es' ? 'es' : 'en';
  const text = words[language];
  const dashboard = await reviewDashboardData({ payload, user: user as User, now: new Date(), columns, language });
  const formatDate = (iso: string) => new Date(iso).toLocaleDateString(language, { dateStyle: 'medium', timeZone: 'UTC' });

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
            <div style={{ overflowX: 'auto' }}>
              <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    <th style={cellStyle}>{text.document}</th>
                    <th style={cellStyle}>{text.kind}</th>
                    <th style={cellStyle}>{text.state}</th>
                    <th style={cellStyle}>{text.lastReviewed}</th>
                    {dashboard.columns.map((column) => (
                      <th key={column.id} style={cellStyle}>
                        {column.heading[language]}
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

function stateText(row: DashboardRow, text: (typeof words)[Language], formatDate: (iso: string) => string): string {
  const due = row.review.nextReviewDueAt;
  if (row.reviewState === 'never-reviewed' || due === null) return text.neverReviewed;
  if (row.reviewState === 'overdue') return text.overdue(formatDate(due));
  if (row.reviewState === 'due-soon') return text.dueSoon(formatDate(due));
  return text.current(formatDate(due));
}
