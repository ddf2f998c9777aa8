/**
 * Next calls this once when the server starts. Payload starts its job runner (`jobs.autoRun`) only for an instance
 * made with `cron: true`, which the admin pages do on their first request and the REST API never does: without
 * this, scheduled publishing and site rebuilds would wait until someone opened the admin. The server also looks
 * after the running site build (see publishing/watchSiteBuilds.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ getPayload }, { default: config }, { startWatchingBuilds }] = await Promise.all([
    import('payload'),
    import('./payload.config.ts'),
    import('./publishing/watchSiteBuilds.ts'),
  ]);
  const payload = await getPayload({ config, cron: true });
  await startWatchingBuilds(payload);
}
