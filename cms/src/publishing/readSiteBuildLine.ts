import { releaseById, releaseProgress } from '@infohub/release/store';
import type { Payload } from 'payload';
import type { SiteBuild } from '../payload-types.ts';
import { describeShard } from './describeShard.ts';
import type { SiteBuildLine } from './siteBuildLine.ts';
import { siteReleaseSettings } from './siteReleases.ts';

/** How far the running build is, from its release's files: how many of its shards are built. */
function progressOf(build: SiteBuild): SiteBuildLine['progress'] {
  if (!build.release) return null;
  try {
    const progress = releaseProgress(releaseById(siteReleaseSettings().releases, build.release));
    return { built: progress.built.length, total: progress.built.length + progress.pending.length };
  } catch {
    // The release's folder is being written or was cleared: the line says "rebuilding" without a count.
    return null;
  }
}

const shardIds = (ids: unknown): string[] => (Array.isArray(ids) ? ids.map(String) : []);

/** The latest build and when the site online was made, for the status line; null before the first build. */
export async function readSiteBuildLine(payload: Payload, language: string | undefined): Promise<SiteBuildLine | null> {
  const recent = await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 10, depth: 0, overrideAccess: true });
  const [latest] = recent.docs;
  if (!latest) return null;
  const lastLive = recent.docs.find((build) => build.status === 'live');
  return {
    id: latest.id,
    status: latest.status,
    finishedAt: latest.finishedAt ?? null,
    lastLiveAt: lastLive?.finishedAt ?? null,
    progress: latest.status === 'running' ? progressOf(latest) : null,
    rebuilt: shardIds(latest.shardsRebuilt).map((id) => describeShard(id, language)),
    reused: latest.shardsReused ?? 0,
    failedParts: latest.failedShards ? latest.failedShards.split(', ').map((id) => describeShard(id, language)) : [],
    error: latest.error ?? null,
  };
}
