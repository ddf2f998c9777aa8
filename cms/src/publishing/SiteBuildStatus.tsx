import type { ServerProps } from 'payload';
import { LiveSiteBuildStatus } from './admin/LiveSiteBuildStatus.tsx';
import { readSiteBuildLine } from './readSiteBuildLine.ts';

/**
 * A line at the top of every admin page saying whether the public site shows the latest published changes, which
 * parts of it the last build made again, and, when one failed, which country and language, with a link to the
 * build's record and its log. Rendered with the page, then kept current in the browser (`LiveSiteBuildStatus`).
 */
export async function SiteBuildStatus({ payload, i18n, user }: ServerProps) {
  if (!user) return null;
  const initial = await readSiteBuildLine(payload, i18n.language);
  // Keyed by what the server read, so a navigation that renders a newer line replaces the browser's older one.
  return (
    <LiveSiteBuildStatus
      key={initial ? `${initial.id}:${initial.status}` : 'none'}
      initial={initial}
      adminRoute={payload.config.routes.admin}
    />
  );
}
