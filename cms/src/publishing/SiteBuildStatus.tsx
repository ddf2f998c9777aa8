import { releaseById, releaseProgress } from '@infohub/release/store';
import type { ServerProps } from 'payload';
import type { SiteBuild } from '../payload-types.ts';
import { describeShard } from './describeShard.ts';
import { siteReleaseSettings } from './siteReleases.ts';

type Language = 'en' | 'es';

const time = (iso: string | null | undefined, language: Language) =>
  iso ? new Date(iso).toLocaleString(language === 'es' ? 'es' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';

const shardList = (ids: unknown, language: Language) =>
  Array.isArray(ids) ? ids.map((id) => describeShard(String(id), language)).join(', ') : '';

/** How far the running build is, from its release's files: how many of its shards are built. */
function progressOf(build: SiteBuild): { built: number; total: number } | undefined {
  if (!build.release) return undefined;
  try {
    const progress = releaseProgress(releaseById(siteReleaseSettings().releases, build.release));
    return { built: progress.built.length, total: progress.built.length + progress.pending.length };
  } catch {
    return undefined;
  }
}

function describe(latest: SiteBuild, lastLive: SiteBuild | undefined, language: Language): string {
  const es = language === 'es';
  switch (latest.status) {
    case 'queued':
      return es
        ? 'Sitio público: cambios en cola, se reconstruye en unos segundos.'
        : 'Public site: changes queued, rebuilding in a few seconds.';
    case 'running': {
      const progress = progressOf(latest);
      const parts = progress
        ? es
          ? ` (${progress.built} de ${progress.total} partes hechas)`
          : ` (${progress.built} of ${progress.total} parts done)`
        : '';
      return es
        ? `Sitio público: reconstruyéndose con los últimos cambios${parts}…`
        : `Public site: rebuilding with the latest changes${parts}…`;
    }
    case 'live': {
      const rebuilt = shardList(latest.shardsRebuilt, language);
      const reused = latest.shardsReused ?? 0;
      const what = rebuilt
        ? es
          ? ` Reconstruido: ${rebuilt}; ${reused} partes sin cambios reutilizadas.`
          : ` Rebuilt: ${rebuilt}; ${reused} unchanged parts reused.`
        : '';
      return es
        ? `Sitio público: al día (publicado ${time(latest.finishedAt, language)}).${what}`
        : `Public site: up to date (published ${time(latest.finishedAt, language)}).${what}`;
    }
    case 'failed': {
      const since = lastLive ? time(lastLive.finishedAt, language) : '';
      const where = latest.failedShards
        ? es
          ? ` Falló: ${shardList(latest.failedShards.split(', '), language)}.`
          : ` Failed: ${shardList(latest.failedShards.split(', '), language)}.`
        : '';
      return es
        ? `Sitio público: la última construcción falló; sigue en línea el sitio anterior${since ? ` (del ${since})` : ''}.${where} ${latest.error ?? ''}`
        : `Public site: the last build failed; the previous site is still online${since ? ` (from ${since})` : ''}.${where} ${latest.error ?? ''}`;
    }
  }
}

/**
 * A line at the top of every admin page saying whether the public site shows the latest published changes, which
 * parts of it the last build made again, and, when one failed, which country and language, with a link to the
 * build's record and its log. Read on each page load.
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
