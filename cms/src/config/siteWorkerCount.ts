import { availableParallelism } from 'node:os';

/**
 * `INFOHUB_SITE_WORKERS`: how many site workers run beside the server, the machine's cores unless set. Read by the
 * start script, before Payload loads.
 */
export function siteWorkerCount(variables: NodeJS.ProcessEnv = process.env): number {
  const text = variables.INFOHUB_SITE_WORKERS?.trim();
  const count = text ? Number(text) : availableParallelism();
  if (!Number.isInteger(count) || count < 0) throw new Error(`INFOHUB_SITE_WORKERS must be a whole number, such as 2, not "${text}".`);
  return count;
}
