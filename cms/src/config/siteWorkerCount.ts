import { availableParallelism } from 'node:os';
import { siteRebuildsOn } from './siteRebuildsSetting.ts';

/**
 * `INFOHUB_SITE_WORKERS`: how many site workers run beside the server, the machine's cores unless set. None when
 * `INFOHUB_SITE_REBUILDS=off`: no build is ever asked for, and each idle worker is a Payload of its own to start
 * and keep in memory. Read by the start script, before Payload loads.
 */
export function siteWorkerCount(variables: Record<string, string | undefined> = process.env): number {
  const text = variables.INFOHUB_SITE_WORKERS?.trim();
  const count = text ? Number(text) : availableParallelism();
  if (!Number.isInteger(count) || count < 0) throw new Error(`INFOHUB_SITE_WORKERS must be a whole number, such as 2, not "${text}".`);
  return siteRebuildsOn(variables) ? count : 0;
}
