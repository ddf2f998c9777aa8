import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Snapshot } from '@infohub/content-schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { buildShards } from '../build/buildShards.ts';
import { planRelease } from '../plan/planRelease.ts';
import { placeSnapshot } from '../store/placeSnapshot.ts';
import { readPlan, writePlan } from '../store/releasePlanFile.ts';
import { releaseSettingsFromEnv } from '../store/settings.ts';
import { activateRelease, newRelease, type Release, siteReleases } from '../store/siteReleases.ts';
import { fixtureFolder, writeFixtureSnapshot } from '../testing/fixtureSnapshot.ts';
import type { ShardBuildReply, ShardBuildRequest, WarmUpReply } from './messages.ts';

// A shard builder keeps Astro loaded from one build to the next. What could go wrong is a build that renders what
// the build before it rendered: Node keeps every module a process imported, and two builds of one release make
// server bundles of the same name (a worker builds the shards of a full release in several requests).
const folder = mkdtempSync(path.join(tmpdir(), 'infohub-shard-builder-'));
const siteUrl = 'http://127.0.0.1:4321';
// The fixture builds in a test-only language (right-to-left `ar`) whose words the site does not ship.
process.env.INFOHUB_EXTRA_UI_STRINGS = path.join(fixtureFolder, 'ui-strings');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const builderEnvironment = (root: string) => ({ ...process.env, INFOHUB_SITE_ROOT: path.join(folder, root), INFOHUB_SITE_URL: siteUrl });

/** A release planned as the CMS plans one: with the settings its shard builders read from the same environment. */
function plannedRelease(root: string, snapshot: Snapshot): Release {
  const settings = releaseSettingsFromEnv(builderEnvironment(root));
  const release = newRelease(settings.releases);
  placeSnapshot(writeFixtureSnapshot(path.join(folder, 'snapshots', root), snapshot), release);
  planRelease(settings, release, { rebuildAll: true });
  return release;
}

/** The files of a shard's folder with their bytes; sheet PDFs are left out, as Chromium stamps each print with its date. */
function shardFiles(release: Release, shardFolder: string): Map<string, string> {
  const root = path.join(release.site, shardFolder);
  const files = new Map<string, string>();
  for (const file of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!file.isFile() || file.name.endsWith('.pdf')) continue;
    const full = path.join(file.parentPath, file.name);
    files.set(path.relative(root, full), readFileSync(full).toString('latin1'));
  }
  return files;
}

describe('the shard builder', () => {
  it('builds request after request in one process, each as a build in a new process does, and warms up from the live release alone', async () => {
    const snapshot = JSON.parse(readFileSync(path.join(fixtureFolder, 'snapshot.json'), 'utf8')) as Snapshot;
    const guide = snapshot.guides.find((candidate) => candidate.country === 'guatemala' && candidate.title.en);
    if (!guide?.title.en) throw new Error('The fixture has no Guatemalan guide in English.');
    guide.title.en = 'A title only this snapshot has';

    const builder = fork(path.join(import.meta.dirname, 'process.ts'), [], {
      execArgv: [],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: builderEnvironment('warm'),
    });
    const reply = async (request: ShardBuildRequest) => {
      const replied = once(builder, 'message') as Promise<[ShardBuildReply]>;
      builder.send(request);
      return (await replied)[0];
    };
    const ask = async (request: ShardBuildRequest) => {
      const { answer } = await reply(request);
      if ('error' in answer) throw new Error(`${answer.error}\n${answer.log ?? ''}`);
      return answer;
    };
    const warmUp = async () => {
      const replied = once(builder, 'message') as Promise<[WarmUpReply]>;
      builder.send({ kind: 'warm-up' });
      return (await replied)[0];
    };
    try {
      expect(await warmUp()).toMatchObject({ warmedUp: false, reason: 'no release is live yet' });
      const warm = plannedRelease('warm', snapshot);
      expect((await ask({ kind: 'build', release: warm.id, shards: ['es/costa-rica'] })).shards.map((shard) => shard.shard)).toEqual([
        'es/costa-rica',
      ]);
      expect((await ask({ kind: 'build', release: warm.id, shards: ['en/guatemala'] })).shards.map((shard) => shard.shard)).toEqual([
        'en/guatemala',
      ]);

      const cold = plannedRelease('cold', snapshot);
      await buildShards(siteReleases(path.join(folder, 'cold')), cold.id, ['en/guatemala']);
      const warmFiles = shardFiles(warm, 'en/guatemala');
      expect([...warmFiles.values()].some((bytes) => bytes.includes('A title only this snapshot has'))).toBe(true);
      expect(warmFiles).toEqual(shardFiles(cold, 'en/guatemala'));

      // A warm-up renders from the live release and leaves the release store as it was.
      const store = siteReleases(path.join(folder, 'warm'));
      activateRelease(store, warm);
      const before = readdirSync(store.root, { recursive: true });
      expect(await warmUp()).toMatchObject({ warmedUp: true });
      expect(readdirSync(store.root, { recursive: true })).toEqual(before);

      // A release planned with other code than the builder loaded (the site's files changed since it started) is left
      // to a new builder, and nothing of it is built here.
      const otherCode = plannedRelease('warm', snapshot);
      writePlan(otherCode, { ...readPlan(otherCode), codeVersion: 'a version of the code this builder does not run' });
      expect(await reply({ kind: 'build', release: otherCode.id, shards: ['es/costa-rica'] })).toMatchObject({
        otherCode: true,
        answer: { error: expect.stringContaining('code changed') },
      });
      expect(readdirSync(otherCode.site)).toEqual([]);
    } finally {
      const exited = once(builder, 'exit');
      builder.disconnect();
      // It leaves as soon as its worker does, so a killed worker leaves no build behind.
      await exited;
    }
  }, 300_000);
});
