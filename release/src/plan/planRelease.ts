import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { listShards, parseSnapshot, type Shard, type Snapshot, shardFingerprints } from '@infohub/content-schemas';
import { mediaHashes, readShardFingerprints } from '../store/fingerprintsFile.ts';
import { readReleaseManifest } from '../store/releaseManifest.ts';
import { type ReleasePlan, writePlan } from '../store/releasePlanFile.ts';
import type { ReleaseSettings } from '../store/settings.ts';
import { liveRelease, type Release } from '../store/siteReleases.ts';
import { printerVersion, releaseCodeVersion } from './codeVersion.ts';

/**
 * Plans a release whose snapshot is in place: every shard whose fingerprint differs from the live release's is to
 * be rebuilt (all of them with `rebuildAll`, or when nothing is live); every other shard is to be taken from the live
 * release, by `linkReusedShards`, which can run while the others are built.
 */
export function planRelease(settings: ReleaseSettings, release: Release, { rebuildAll = false } = {}): ReleasePlan {
  const input: unknown = JSON.parse(readFileSync(release.snapshotFile, 'utf8'));
  const exported = readShardFingerprints(release.snapshotFile);
  // The export checked the snapshot it wrote fingerprints for (at 13,000 pages, checking again took 0.75 s of every
  // publish); a snapshot given by hand is checked here, and the site's build checks every snapshot it renders.
  const snapshot = exported ? (input as Snapshot) : parseSnapshot(input, release.snapshotFile);
  const codeVersion = releaseCodeVersion(settings);
  const content = exported ?? shardFingerprints(snapshot, mediaHashes(release.snapshotFile, snapshot));
  const shards = listShards(snapshot);
  const fingerprints = Object.fromEntries(
    shards.map((shard) => [shard.id, createHash('sha256').update(`${content[shard.id]}\n${codeVersion}`).digest('hex')]),
  );
  const live = liveRelease(settings.releases);
  const liveManifest = live && !rebuildAll ? readReleaseManifest(live.manifestFile) : undefined;
  const reusable = (shard: Shard) => liveManifest?.shards[shard.id]?.fingerprint === fingerprints[shard.id];
  const plan: ReleasePlan = {
    release: release.id,
    siteUrl: settings.siteUrl,
    paper: settings.paper,
    codeVersion,
    printer: printerVersion(settings.paper),
    live: liveManifest ? live?.id : undefined,
    fingerprints,
    rebuild: shards.filter((shard) => !reusable(shard)).map((shard) => shard.id),
    reuse: shards.filter(reusable).map((shard) => shard.id),
    weights: Object.fromEntries(shards.map((shard) => [shard.id, shardWeight(snapshot, shard)])),
    shape: { languages: snapshot.locales.map((locale) => locale.code), countries: snapshot.countries.map((country) => country.slug) },
  };
  writePlan(release, plan);
  return plan;
}

function shardWeight(snapshot: Snapshot, shard: Shard): number {
  if (shard.kind === 'site') return 1;
  const ofCountry = (documents: readonly { country: string }[]) =>
    documents.filter((document) => document.country === shard.country).length;
  return 1 + ofCountry(snapshot.guides) * 2 + ofCountry(snapshot.services) + ofCountry(snapshot.hubs);
}
