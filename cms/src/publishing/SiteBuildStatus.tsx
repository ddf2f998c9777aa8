import type { ServerProps } from 'payload';
import type { SiteBuild } from '../payload-types.ts';

type Language = 'en' | 'es';

const time = (iso: string | null | undefined, language: Language) =>
  iso ? new Date(iso).toLocaleString(language === 'es' ? 'es' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';

function describe(latest: SiteBuild, lastLive: SiteBuild | undefined, language: Language): string {
  const es = language === 'es';
  switch (latest.status) {
    case 'queued':
      return es
        ? 'Sitio público: cambios en cola, se reconstruye en unos segundos.'
        : 'Public site: changes queued, rebuilding in a few seconds.';
    case 'running':
      return es ? 'Sitio público: reconstruyéndose con los últimos cambios…' : 'Public site: rebuilding with the latest changes…';
    case 'live':
      return es
        ? `Sitio público: al día (publicado ${time(latest.finishedAt, language)}).`
        : `Public site: up to date (published ${time(latest.finishedAt, language)}).`;
    case 'failed': {
      const since = lastLive ? time(lastLive.finishedAt, language) : '';
      return es
        ? `Sitio público: la última construcción falló; sigue en línea el sitio anterior${since ? ` (del ${since})` : ''}. ${latest.error ?? ''}`
        : `Public site: the last build failed; the previous site is still online${since ? ` (from ${since})` : ''}. ${latest.error ?? ''}`;
    }
  }
}

/**
 * A line at the top of every admin page saying whether the public site shows the latest published changes, with a
 * link to the build's record. Read on each page load.
 */
export async function SiteBuildStatus({ payload, i18n, user }: ServerProps) {
  if (!user) return null;
  const language: Language = i18n.language === 'es' ? 'es' : 'en';
  const recent = await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 10, depth: 0, overrideAccess: true });
  const [latest] = recent.docs;
  if (!latest) return null;
  const lastLive = recent.docs.find((build) => build.status === 'live');
  const failed = latest.status === 'failed';
  const link = `${payload.config.routes.admin}/collections/site-builds/${latest.id}`;
  return (
    <div
      role="status"
      data-site-build-status={latest.status}
      style={{
        padding: '0.5rem var(--gutter-h, 1rem)',
        borderBottom: '1px solid var(--theme-elevation-150)',
        background: failed ? 'var(--theme-error-100)' : 'var(--theme-elevation-50)',
        color: failed ? 'var(--theme-error-800)' : 'var(--theme-elevation-800)',
        fontSize: '0.9rem',
      }}
    >
      {describe(latest, lastLive, language)}{' '}
      <a href={link} style={{ color: 'inherit', textDecoration: 'underline' }}>
        {language === 'es' ? 'Ver la construcción' : 'See the build'}
      </a>
    </div>
  );
}
