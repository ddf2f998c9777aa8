import type { SiteBuildStatus } from './siteBuildStatus.ts';
import { publishingStrings } from './strings.ts';

/**
 * What the status line at the top of the admin shows about the latest site build, as the server sends it: shards
 * already named in the admin's language, times as ISO strings for the browser to show in its own clock (the same
 * clock as the document headers beside it).
 */
export interface SiteBuildLine {
  id: number;
  status: SiteBuildStatus;
  finishedAt: string | null;
  /** When the site now online was made: the last live build's end. */
  lastLiveAt: string | null;
  progress: { built: number; total: number } | null;
  rebuilt: string[];
  reused: number;
  failedParts: string[];
  error: string | null;
}

/** Whether the line should keep asking: a build that is queued or running ends soon, one way or the other. */
export const buildInProgress = (line: SiteBuildLine | null) => line?.status === 'queued' || line?.status === 'running';

export function describeSiteBuildLine(line: SiteBuildLine, language: string | undefined, formatTime: (iso: string) => string): string {
  const text = publishingStrings(language).status;
  switch (line.status) {
    case 'queued':
      return text.queued;
    case 'running':
      return text.running(line.progress ? text.progress(line.progress.built, line.progress.total) : '');
    case 'live': {
      const rebuilt = line.rebuilt.length > 0 ? text.rebuilt(line.rebuilt.join(', '), line.reused) : '';
      return text.live(line.finishedAt ? formatTime(line.finishedAt) : '') + rebuilt;
    }
    case 'failed': {
      const where = line.failedParts.length > 0 ? text.failedParts(line.failedParts.join(', ')) : '';
      return `${text.failed(line.lastLiveAt ? formatTime(line.lastLiveAt) : '')}${where} ${line.error ?? ''}`.trim();
    }
  }
}
