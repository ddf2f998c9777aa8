/**
 * `INFOHUB_SITE_REBUILDS`: publishing rebuilds the public site unless it is `off` (while seeding before a first build,
 * say). Read by env.ts and, before Payload loads, by the start script.
 */
export function siteRebuildsOn(variables: Record<string, string | undefined>): boolean {
  return variables.INFOHUB_SITE_REBUILDS?.trim() !== 'off';
}
