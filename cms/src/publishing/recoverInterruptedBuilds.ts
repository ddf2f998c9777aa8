import type { Payload } from 'payload';

/**
 * A build marked running when the server starts was cut off by a stop or crash of the CMS: its child process died
 * with it and the live site is still the one before. Recorded as failed, so the admin does not show it running
 * forever, and a new build is asked for so that its changes still reach the site.
 */
export async function recoverInterruptedBuilds(payload: Payload, requestBuild: (change: string) => Promise<void>): Promise<void> {
  const running = await payload.find({ collection: 'site-builds', where: { status: { equals: 'running' } }, limit: 100, depth: 0 });
  for (const build of running.docs) {
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      depth: 0,
      data: { status: 'failed', finishedAt: new Date().toISOString(), error: 'The CMS stopped while this build was running.' },
    });
  }
  if (running.docs.length > 0) await requestBuild('rebuild after an interrupted build');
}
