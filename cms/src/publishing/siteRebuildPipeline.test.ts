import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serveSite } from '@infohub/release';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteBuild } from '../payload-types.ts';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { type PayloadOverHttp, servePayloadOverHttp, signIn } from '../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

// The whole chain with real processes: publishes over Payload's REST API, the rebuild job run by Payload's job
// runner, the real `pnpm rebuild-site` in a child process (export from this test's SQLite file, Astro, Pagefind),
// and the site served from the `current` release link as `pnpm start` serves it. Two builds in all, about a minute
// together on an idle 2-core machine: one that succeeds, one broken on purpose.
const folder = mkdtempSync(path.join(os.tmpdir(), 'infohub-rebuild-'));
const siteRoot = path.join(folder, 'site');
process.env.INFOHUB_SITE_ROOT = siteRoot;
process.env.INFOHUB_SNAPSHOT = path.join(folder, 'snapshot', 'snapshot.json');
process.env.INFOHUB_SITE_URL = 'http://127.0.0.1:4321';
process.env.INFOHUB_REBUILD_DELAY_SECONDS = '0';

describe('publishing to the site', () => {
  let test: TestPayload;
  let api: PayloadOverHttp;
  let editor: Record<string, string>;
  let site: Server;
  let siteUrl: string;
  let ids: { country: number; topic: number };

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
    site?.close();
    await api?.close();
    await test?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const builds = async (): Promise<SiteBuild[]> =>
    (await test.payload.find({ collection: 'site-builds', sort: 'createdAt', depth: 0, limit: 100 })).docs;
  const publishOverRest = async (title: string) => {
    const response = await fetch(`${api.baseUrl}/api/guides?locale=es`, {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ ...spanishGuide(ids, title), _status: 'published' }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as { doc: { id: number; slug: string } }).doc;
  };
  const page = async (address: string) => {
    const response = await fetch(`${siteUrl}${address}`);
    return { status: response.status, text: await response.text() };
  };

  it('rebuilds once after a burst of publishes and a scheduled publish, and serves the new site', async () => {
    // The country and topic the fixtures made queued a build too; it is the one the burst joins.
    const published = [];
    for (const title of ['Permiso de trabajo', 'Residencia temporal', 'Refugio']) published.push(await publishOverRest(title));
    const scheduled = await test.payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide(ids, 'Reunificación familiar'), _status: 'draft' },
    });
    await test.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'guides', value: scheduled.id } },
      waitUntil: new Date(Date.now() - 1000),
    });
    await test.payload.jobs.run();

    const [queued, ...none] = await builds();
    expect(none).toEqual([]);
    expect(queued?.status).toBe('queued');
    expect(((queued?.reasons ?? []) as { change: string }[]).map((reason) => reason.change)).toEqual(
      expect.arrayContaining([
        ...published.map((guide) => `guides "${guide.slug}" published`),
        'guides "reunificacion-familiar" published',
      ]),
    );

    await test.payload.jobs.run({ queue: 'site' });

    const [live] = await builds();
    expect(live?.status, live?.log ?? '').toBe('live');
    expect(live?.durationSeconds).toBeGreaterThan(0);
    expect(live?.log).toContain('Live release:');
    console.log(`A full rebuild (export, Astro, Pagefind) took ${live?.durationSeconds} s.`);
    for (const slug of [...published.map((guide) => guide.slug), 'reunificacion-familiar']) {
      const guidePage = await page(`/es/costa-rica/guides/${slug}/`);
      expect(guidePage.status, slug).toBe(200);
    }
    expect((await page('/es/costa-rica/guides/refugio/')).text).toContain('Refugio');
  }, 600_000);

  it('keeps the last good site online when a build fails, and records why', async () => {
    const liveRelease = readlinkSync(path.join(siteRoot, 'current'));
    // The site's build refuses an address that is not http(s): a real site build that exits non-zero.
    process.env.INFOHUB_SITE_URL = 'ftp://infohub.example.org';
    try {
      const refugio = (await test.payload.find({ collection: 'guides', where: { slug: { equals: 'refugio' } }, depth: 0 })).docs[0];
      const response = await fetch(`${api.baseUrl}/api/guides/${refugio?.id}?locale=es`, {
        method: 'PATCH',
        headers: editor,
        body: JSON.stringify({ _status: 'draft' }),
      });
      expect(response.status).toBe(200);
      await test.payload.jobs.run({ queue: 'site' });
    } finally {
      process.env.INFOHUB_SITE_URL = 'http://127.0.0.1:4321';
    }

    const failed = (await builds()).at(-1);
    expect(failed?.summary).toBe('guides "refugio" unpublished');
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toMatch(/^Build the site and its search index failed/);
    expect(failed?.log).toContain('INFOHUB_SITE_URL');
    // A rebuild after a publish exports from the live snapshot, reading only what changed.
    expect(failed?.log).toMatch(/incremental: \d+ documents read/);
    expect(failed?.finishedAt).toBeTruthy();

    expect(readlinkSync(path.join(siteRoot, 'current'))).toBe(liveRelease);
    expect(readdirSync(path.join(siteRoot, 'releases'))).toEqual([path.basename(liveRelease)]);
    expect(existsSync(path.join(siteRoot, 'build.lock'))).toBe(false);
    const stillServed = await page('/es/costa-rica/guides/refugio/');
    expect(stillServed.status).toBe(200);
  }, 600_000);
});
