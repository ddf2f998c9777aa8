'use client';

import { useConfig, useTranslation } from '@payloadcms/ui';
import { useEffect, useState } from 'react';
import { formatAdminDateTime } from '../../i18n/adminDates.ts';
import { buildInProgress, describeSiteBuildLine, type SiteBuildLine } from '../siteBuildLine.ts';
import { publishingStrings } from '../strings.ts';
import { siteChangedEvent } from './siteChangedEvent.ts';

/** While a build is queued or running, a few seconds between checks; otherwise a slow check catches other editors' publishes. */
const busyIntervalMs = 2_000;
const idleIntervalMs = 30_000;

/**
 * The status line's live part: starts from what the page was rendered with, then follows the build through
 * `GET /api/site-builds/status` until it is live or failed, without a reload. Shows nothing before the first build.
 */
export function LiveSiteBuildStatus({ initial, adminRoute }: { initial: SiteBuildLine | null; adminRoute: string }) {
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const [line, setLine] = useState(initial);
  const [checkNow, setCheckNow] = useState(0);
  const statusUrl = `${config.serverURL}${config.routes.api}/site-builds/status`;

  useEffect(() => {
    const onChange = () => setCheckNow((count) => count + 1);
    window.addEventListener(siteChangedEvent, onChange);
    return () => window.removeEventListener(siteChangedEvent, onChange);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: checkNow is the trigger, not a value read.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      let next: SiteBuildLine | null = null;
      try {
        const response = await fetch(statusUrl, { credentials: 'include', headers: { 'Accept-Language': i18n.language } });
        if (response.ok) next = ((await response.json()) as { line: SiteBuildLine | null }).line;
      } catch {
        // Offline for a moment: keep the last line and ask again later.
      }
      if (stopped) return;
      if (next) setLine(next);
      timer = setTimeout(check, buildInProgress(next) ? busyIntervalMs : idleIntervalMs);
    };
    timer = setTimeout(check, checkNow > 0 || buildInProgress(initial) ? 0 : idleIntervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [statusUrl, checkNow, i18n.language]);

  if (!line) return null;
  const failed = line.status === 'failed';

  return (
    <div role="status" data-site-build-status={line.status} className={`site-build-status${failed ? ' site-build-status--failed' : ''}`}>
      {describeSiteBuildLine(line, i18n.language, (iso) => formatAdminDateTime(iso, i18n.language))}{' '}
      <a href={`${adminRoute}/collections/site-builds/${line.id}`}>{publishingStrings(i18n.language).status.seeBuild}</a>
    </div>
  );
}
