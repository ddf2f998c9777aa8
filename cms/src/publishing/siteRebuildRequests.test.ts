import type { Payload } from 'payload';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

// Which saves ask for a rebuild of the public site, and how they are coalesced. The builds themselves are not run
// here (siteRebuildPipeline.test.ts runs real ones): only the queued records and jobs are checked.
describe('asking for a site rebuild', () => {
  let test: TestPayload;
  let payload: Payload;
  let ids: { country: number; topic: number };
  let guideNumber = 0;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    ids = await createCountryAndTopic(payload);
  });
  afterAll(async () => {
    await test?.stop();
  });
  beforeEach(async () => {
    await payload.delete({ collection: 'site-builds', where: {} });
    await payload.delete({ collection: 'payload-jobs', where: {} });
  });

  const newGuide = (status: 'draft' | 'published') =>
    payload.create({
      collection: 'guides',
      locale: 'es',
      draft: status === 'draft',
      data: { ...spanishGuide(ids, `Guía de prueba ${++guideNumber}`), _status: status },
    });
  const builds = async () => (await payload.find({ collection: 'site-builds', depth: 0, sort: 'createdAt' })).docs;
  const pendingJobs = async (taskSlug: string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: taskSlug }, completedAt: { exists: false } },
        depth: 0,
      })
    ).docs;

  it('queues one build a few seconds ahead when a guide is published', async () => {
    const guide = await newGuide('published');
    const [build, ...others] = await builds();
    expect(others).toEqual([]);
    expect(build?.status).toBe('queued');
    expect(build?.summary).toBe(`guides "${guide.slug}" published`);
    const [job] = await pendingJobs('planSiteRelease');
    expect(job?.input).toEqual({ build: build?.id });
    expect(job?.queue).toBe('site');
    expect(Date.parse(job?.waitUntil ?? '')).toBeGreaterThan(Date.now());
  });

  it('queues nothing for a new draft, nor for a draft saved over a published guide', async () => {
    const guide = await newGuide('published');
    await payload.delete({ collection: 'site-builds', where: {} });
    await newGuide('draft');
    await payload.update({ collection: 'guides', id: guide.id, locale: 'es', draft: true, data: { summary: 'Un cambio en borrador' } });
    expect(await builds()).toEqual([]);
  });

  it('queues a build when a published guide is unpublished, and when a draft is published', async () => {
    const published = await newGuide('published');
    const draft = await newGuide('draft');
    await payload.delete({ collection: 'site-builds', where: {} });
    await payload.update({ collection: 'guides', id: published.id, data: { _status: 'draft' } });
    await payload.update({ collection: 'guides', id: draft.id, data: { _status: 'published' } });
    const [build] = await builds();
    expect(build?.reasons).toMatchObject([
      { change: `guides "${published.slug}" unpublished` },
      { change: `guides "${draft.slug}" published` },
    ]);
  });

  it('gathers a burst of publishes into one build', async () => {
    const guides = await Promise.all([1, 2, 3, 4, 5].map(() => newGuide('published')));
    const all = await builds();
    expect(all).toHaveLength(1);
    expect(all[0]?.reasons).toHaveLength(guides.length);
    expect(all[0]?.summary).toMatch(/^guides ".+" published \(\+4\)$/);
    expect(await pendingJobs('planSiteRelease')).toHaveLength(1);
  });

  it('queues the next build once the queued one has started', async () => {
    await newGuide('published');
    const [first] = await builds();
    await payload.update({ collection: 'site-builds', id: first?.id ?? 0, data: { status: 'running' } });
    await newGuide('published');
    expect((await builds()).map((build) => build.status)).toEqual(['running', 'queued']);
    expect(await pendingJobs('planSiteRelease')).toHaveLength(2);
  });

  it('plans rebuilds for when a published alert starts and ends', async () => {
    const startsAt = new Date(Date.now() + 3_600_000).toISOString();
    const endsAt = new Date(Date.now() + 7_200_000).toISOString();
    const data = {
      title: 'Cierre de la oficina',
      slug: 'cierre-oficina',
      country: ids.country,
      severity: 'warning' as const,
      body: 'La oficina cierra por obras.',
      startsAt,
      endsAt,
      _status: 'published' as const,
    };
    const alert = await payload.create({ collection: 'alerts', locale: 'es', data });
    await payload.update({
      collection: 'alerts',
      id: alert.id,
      locale: 'es',
      data: { body: 'La oficina cierra por obras hasta el lunes.' },
    });
    const planned = (await pendingJobs('siteChangeDue')).map((job) => ({ input: job.input, waitUntil: job.waitUntil }));
    expect(planned).toEqual(
      expect.arrayContaining([
        { input: { change: 'alerts "cierre-oficina" starts' }, waitUntil: startsAt },
        { input: { change: 'alerts "cierre-oficina" ends' }, waitUntil: endsAt },
      ]),
    );
    expect(planned).toHaveLength(2);
  });

  it('publishes a guide at its scheduled time, which queues a build', async () => {
    const draft = await newGuide('draft');
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'guides', value: draft.id } },
      waitUntil: new Date(Date.now() + 60_000),
    });
    await payload.jobs.run();
    expect((await payload.findByID({ collection: 'guides', id: draft.id, depth: 0 }))._status).toBe('draft');

    await payload.update({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    });
    await payload.jobs.run();
    expect((await payload.findByID({ collection: 'guides', id: draft.id, depth: 0 }))._status).toBe('published');
    expect((await builds()).map((build) => build.summary)).toEqual([`guides "${draft.slug}" published`]);
  });
});
