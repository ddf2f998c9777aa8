import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourceEntries = ['src', 'package.json', 'next.config.ts', 'tsconfig.json'];
/** The CMS assembles its collections from content-schemas' field definitions, so a change there needs a build too. */
const sharedSources = ['content-schemas/src'];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestModification(join(path, entry))), stats.mtimeMs);
}

/**
 * A production build of the CMS takes about a minute, so it is only redone when a source file is newer than the
 * last build (or the lockfile changed).
 */
export function cmsBuildIsStale(repoRoot: string): boolean {
  const cmsDir = join(repoRoot, 'cms');
  const buildId = join(cmsDir, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const sources = Math.max(
    newestModification(join(repoRoot, 'pnpm-lock.yaml')),
    ...sourceEntries.map((entry) => newestModification(join(cmsDir, entry))),
    ...sharedSources.map((entry) => newestModification(join(repoRoot, entry))),
  );
  return sources > builtAt;
}
