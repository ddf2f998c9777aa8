import path from 'node:path';
import { siteFolder } from '../plan/codeVersion.ts';
import { tryLock, unlock } from '../store/lockFile.ts';

const cachesFolder = path.join(siteFolder, 'node_modules', '.astro', 'shard-builds');

/**
 * Runs a site build with an Astro cache folder that no other build uses meanwhile: Astro rewrites its data store when
 * a build starts, so builds running at once each need their own. The folders are kept and reused (the images Astro
 * optimised stay cached), one per build that ever ran at the same time as others.
 */
export async function withAstroCache<T>(work: (cacheDir: string) => Promise<T>): Promise<T> {
  const { folder, lock } = takeFreeSlot();
  try {
    return await work(folder);
  } finally {
    unlock(lock);
  }
}

/**
 * A cache folder kept by this process until it exits, for a process that builds again and again (the shard builder).
 * A process killed before it could let go leaves a lock that the next one takes over.
 */
export function holdAstroCache(): string {
  const { folder, lock } = takeFreeSlot();
  process.once('exit', () => unlock(lock));
  return folder;
}

function takeFreeSlot(): { folder: string; lock: string } {
  for (let slot = 0; ; slot++) {
    const lock = path.join(cachesFolder, `${slot}.lock`);
    if (tryLock(lock)) return { folder: path.join(cachesFolder, String(slot)), lock };
  }
}
