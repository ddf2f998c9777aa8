import type { CollectionAfterChangeHook, Payload } from 'payload';
import { describeDocument } from './rebuildHooks.ts';

/**
 * The site shows an alert between its start and end only as of its last build, so a published alert that starts
 * or ends later asks for a rebuild at that moment. Saving the alert again with other dates queues new moments; a
 * rebuild at a moment no longer needed costs one build and changes nothing.
 */
export const scheduleAlertRebuilds: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc;
  const name = describeDocument('alerts', doc);
  const moments: [string | null | undefined, string][] = [
    [doc.startsAt, `${name} starts`],
    [doc.endsAt, `${name} ends`],
  ];
  for (const [at, change] of moments) {
    if (at && Date.parse(at) > Date.now()) await queueOnce(req.payload, change, new Date(at));
  }
  return doc;
};

async function queueOnce(payload: Payload, change: string, waitUntil: Date): Promise<void> {
  const pending = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'siteChangeDue' }, completedAt: { exists: false }, waitUntil: { equals: waitUntil.toISOString() } },
    limit: 100,
    depth: 0,
  });
  if (pending.docs.some((job) => (job.input as { change?: string } | null)?.change === change)) return;
  await payload.jobs.queue({ task: 'siteChangeDue', input: { change }, waitUntil });
}
