import { Worker } from 'node:worker_threads';
import type { ReleasePlan } from '../store/releasePlanFile.ts';
import type { ReleaseSettings } from '../store/settings.ts';
import type { Release } from '../store/siteReleases.ts';
import type { PlanRequest } from './planWorker.ts';

/**
 * `planRelease` in a thread of its own, for a process that goes on to build for minutes: the memory planning takes
 * (reading, checking and fingerprinting the snapshot) goes with the thread. Planned in the building process itself,
 * the large bench content left 200 MB of V8 heap for 60 MB of live objects, held through the whole build, since a
 * process that mostly waits for its site builds collects no garbage.
 */
export function planReleaseApart(settings: ReleaseSettings, release: Release, options: { rebuildAll: boolean }): Promise<ReleasePlan> {
  const request: PlanRequest = { settings, release, options };
  const worker = new Worker(new URL('./planWorker.ts', import.meta.url), { workerData: request });
  return new Promise((resolve, reject) => {
    let plan: ReleasePlan | undefined;
    worker.once('message', (message: ReleasePlan) => {
      plan = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (plan) resolve(plan);
      else reject(new Error(`Planning the release ${release.id} stopped (exit code ${code}) without a plan.`));
    });
  });
}
