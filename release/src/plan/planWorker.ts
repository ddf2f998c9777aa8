/** The thread `planReleaseApart` starts: plans the release it is given and sends the plan back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReleaseSettings } from '../store/settings.ts';
import type { Release } from '../store/siteReleases.ts';
import { planRelease } from './planRelease.ts';

export interface PlanRequest {
  settings: ReleaseSettings;
  release: Release;
  options: { rebuildAll: boolean };
}

const { settings, release, options } = workerData as PlanRequest;
parentPort?.postMessage(planRelease(settings, release, options));
