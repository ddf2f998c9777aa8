import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serveSite } from '@infohub/release';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteBuild } from '../payload-types.ts';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { type PayloadOverHttp, servePayloadOverHttp, signIn } from '../testing/servePayloadOverHttp.ts';
import { type SiteWorker, startSiteWorker } from '../testing/siteWorkers.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

// The whole chain with real processes: publishes over Payload's REST API; the release planned by the `site` queue's
// job (export, fingerprints, plan); its shards built by two site workers, each a `payload jobs:run` process of its
// own on the same SQLite file; the release checked and switched by the last job; the site served from `current` as
// `pnpm start` serves it. Then a worker killed halfway through a shard, and a publish landing while a release builds.
const folder = mkdtempSync(path.join(os.tmpdir(), 'infohub-rebuild-'));
const siteRoot = path.join(folder, 'site');
process.env.INFOHUB_SITE_ROOT = siteRoot;
process.env.INFOHUB_SITE_URL = 'http://127.0.0.1:4321';
process.env.INFOHUB_REBUILD_DELAY_SECONDS = '0';

describe('publishing to the site, shard by shard', () => {
  let test: TestPayload;
  let api: PayloadOverHttp;
  let editor: Record<string, string>;
  let site: Server;
  let siteUrl: string;
  let ids: { country: number; topic: number };
  const workers: SiteWorker[] = [];

  beforeAll(async () => {
    test = await startTestPayload();
    ids = await createCountryAndTopic(test.payload);
    await test.payload.create({
      collection: 'users',
      data: { email: 'editor@example.org', password: 'a long test password', roles: ['admin'] },
    });
    api = await servePayloadOverHttp(test);
    const token = await signIn(api, 'editor@example.org', 'a long test password');
    editor = { authorization: `JWT ${token}`, 'content-type': 'application/json' };
    site = await serveSite(path.join(siteRoot, 'current'), 0);
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill()));
    site?.close();
    await api?.close();
    await test?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const startWorker = () => {
    const worker = startSiteWorker(test);
    workers.push(worker);
    return worker;
  };
  const builds = async (): Promise<SiteBuild[]> =>
    (await test.payload.find({ collection: 'site-builds', sort: 'createdAt', depth: 0, limit: 100 })).docs;
  const latestBuild = async () => (await builds()).at(-1);
  const send = async (method: string, address: string, body: unknown) => {
    const response = await fetch(`${api.baseUrl}${address}`, { method, headers: editor, body: JSON.stringify(body) });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return ((await response.json()) as { doc: { id: number; slug: string } }).doc;
  };
  const page = async (address: string) => {
    const response = await fetch(`${siteUrl}${address}`);
    return { status: response.status, text: await response.text() };
  };
  const liveRelease = () => readlinkSync(path.join(siteRoot, 'current'));
  const served = (file: string) => path.join(siteRoot, liveRelease(), file);
  /**
   * Runs the CMS server's `site` queue (plan, finish) until no build is queued or running, and returns the newest.
   * A publish that lands just as a build starts goes into the next one, so this may take two builds.
   */
  const runUntilSettled = async (timeoutSeconds = 240) => {
    const deadline = Date.now() + timeoutSeconds * 1000;
    for (;;) {
      await test.payload.jobs.run({ queue: 'site', limit: 1 });
      const unsettled = await test.payload.count({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } } });
      // Read after the count: a build read before it may have gone live in between, and would be returned as running.
      const build = await latestBuild();
      if (unsettled.totalDocs === 0) return build;
      if (Date.now() > deadline) throw new Error(`The build is still ${build?.status} after ${timeoutSeconds} s: ${build?.log}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };

  it('builds every shard first, then only the shards a publish changes, with two worker processes', async () => {
    startWorker();
    startWorker();
    const guatemala = await send('POST', '/api/countries?locale=es', { code: 'GT', slug: 'guatemala', name: 'Guatemala', locales: ['es'] });
    const guide = await send('POST', '/api/guides?locale=es', { ...spanishGuide(ids, 'Permiso de trabajo'), _status: 'published' });
    const first = await runUntilSettled();
    expect(first?.status, `${first?.error}\n${first?.log}`).toBe('live');
    const everyShard = new Set((await builds()).flatMap((build) => (build.shardsRebuilt as string[] | null) ?? []));
    expect([...everyShard].sort()).toEqual(['en/costa-rica', 'es/costa-rica', 'es/guatemala', 'site']);
    expect((await page(`/es/costa-rica/guides/${guide.slug}/`)).text).toContain('Permiso de trabajo');
    const costaRicaPage = statSync(served(`es/costa-rica/guides/${guide.slug}/index.html`));

    const asylum = await send('POST', '/api/guides?locale=es', {
      ...spanishGuide({ ...ids, country: guatemala.id }, 'Asilo en Guatemala'),
      _status: 'published',
    });
    // The server's runner and the start when due (siteBuildQueue.ts) may take the same job at once: one plan.
    const planning = await test.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'planSiteRelease' }, completedAt: { exists: false } },
      depth: 0,
    });
    const planJob = planning.docs[0]?.id ?? '';
    await Promise.all([test.payload.jobs.runByID({ id: planJob, silent: true }), test.payload.jobs.runByID({ id: planJob, silent: true })]);
    const second = await runUntilSettled();
    expect(second?.status, second?.log ?? '').toBe('live');
    expect(second?.shardsRebuilt).toEqual(['es/guatemala']);
    const shardJobs = await test.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSiteShard' } },
      depth: 0,
      pagination: false,
    });
    expect(shardJobs.docs.filter((job) => (job.input as { build?: number }).build === second?.id)).toHaveLength(1);
    // A publish exports from the live release's snapshot, reading only what changed.
    expect(second?.log).toMatch(/^Export, incremental: \d+ documents read .*, 1 kept/);
    expect(second?.shardsReused).toBe(3);
    expect((await page(`/es/guatemala/guides/${asylum.slug}/`)).text).toContain('Asilo en Guatemala');
    // Costa Rica was not built again: the new release holds the live one's file, hard-linked.
    expect(statSync(served(`es/costa-rica/guides/${guide.slug}/index.html`)).ino).toBe(costaRicaPage.ino);
  }, 600_000);

  it('leaves the live site as it was when a worker dies halfway, and carries the change in the next release', async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.kill()));
    const live = liveRelease();
    const guide = await send('POST', '/api/guides?locale=es', { ...spanishGuide(ids, 'Refugio'), _status: 'published' });
    await waitFor(
      async () => (await latestBuild())?.status === 'running',
      30,
      () => test.payload.jobs.run({ queue: 'site', limit: 1 }),
    );
    const building = await latestBuild();
    const claims = path.join(siteRoot, 'releases', building?.release ?? '', 'work', 'claims');

    const doomed = startWorker();
    await waitFor(() => existsSync(claims) && readdirSync(claims).length > 0, 120);
    await doomed.kill();
    // What the CMS server's watch does every few seconds: it sees the claim's process gone.
    const { watchRunningBuilds } = await import('./watchSiteBuilds.ts');
    const stoppedBuild = async () => (await builds()).find((build) => build.id === building?.id);
    await waitFor(
      async () => (await stoppedBuild())?.status !== 'running',
      30,
      () => watchRunningBuilds(test.payload),
    );

    const stopped = await stoppedBuild();
    expect(stopped?.status).toBe('failed');
    // The worker took the shards Payload handed it at once: the build names them all.
    expect(stopped?.error).toMatch(/^The worker building (\S+, )*(es|en)\/costa-rica(, \S+)* stopped before it finished/);
    expect(liveRelease()).toBe(live);
    expect(existsSync(path.join(siteRoot, 'releases', building?.release ?? ''))).toBe(false);
    expect((await page(`/es/costa-rica/guides/${guide.slug}/`)).status).toBe(404);

    // The failed build asked for another, which a new worker carries to the site.
    startWorker();
    const next = await runUntilSettled();
    expect(next?.status, next?.log ?? '').toBe('live');
    expect((await page(`/es/costa-rica/guides/${guide.slug}/`)).text).toContain('Refugio');
  }, 600_000);

  it('carries a publish made while a release is being built into the next release', async () => {
    const first = await send('POST', '/api/guides?locale=es', { ...spanishGuide(ids, 'Reunificación familiar'), _status: 'published' });
    await waitFor(
      async () => (await latestBuild())?.status === 'running',
      30,
      () => test.payload.jobs.run({ queue: 'site', limit: 1 }),
    );
    const second = await send('POST', '/api/guides?locale=es', { ...spanishGuide(ids, 'Visa humanitaria'), _status: 'published' });
    const [running, queued] = (await builds()).slice(-2);
    expect([running?.status, queued?.status]).toEqual(['running', 'queued']);
    expect(queued?.summary).toBe(`guides "${second.slug}" published`);

    await waitFor(
      async () => (await builds()).some((build) => build.id === running?.id && build.status === 'live'),
      240,
      () => test.payload.jobs.run({ queue: 'site', limit: 1 }),
    );
    const last = await runUntilSettled();
    expect(last?.id).toBe(queued?.id);
    expect(last?.status, last?.log ?? '').toBe('live');
    for (const slug of [first.slug, second.slug]) expect((await page(`/es/costa-rica/guides/${slug}/`)).status, slug).toBe(200);
  }, 600_000);

  it('keeps the last good site online when a shard fails, and names the shard', async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.kill()));
    const live = liveRelease();
    const guide = (await test.payload.find({ collection: 'guides', where: { slug: { equals: 'refugio' } }, depth: 0 })).docs[0];
    await send('PATCH', `/api/guides/${guide?.id}?locale=es`, { _status: 'draft' });
    // The site's build refuses an address that is not http(s): a real build that exits non-zero, in the worker.
    workers.push(startSiteWorker(test, { INFOHUB_SITE_URL: 'ftp://infohub.example.org' }));
    const failed = await runUntilSettled();
    expect(failed?.summary).toBe('guides "refugio" unpublished');
    expect(failed?.status).toBe('failed');
    expect(failed?.failedShards).toMatch(/^[a-z]{2}\/[a-z-]+(, [a-z]{2}\/[a-z-]+)*$/);
    expect(`${failed?.error}\n${failed?.log}`).toContain('INFOHUB_SITE_URL');
    expect(liveRelease()).toBe(live);
    // The worker could not even read its settings, so what it left of the release is removed by the next plan.
    expect(existsSync(path.join(siteRoot, 'releases', failed?.release ?? '', 'release.json'))).toBe(false);
    expect((await page('/es/costa-rica/guides/refugio/')).status).toBe(200);
  }, 600_000);
});

async function waitFor(condition: () => boolean | Promise<boolean>, seconds: number, meanwhile?: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting after ${seconds} s.`);
    await meanwhile?.();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
