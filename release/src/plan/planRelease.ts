import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listShards, parseShardId, parseSnapshot, type Shard, type Snapshot, shardFingerprints } from '@infohub/content-schemas';
import { assetsFolder, type SiteShape, shardEntries } from '../shards/shardFiles.ts';
import { linkFile, linkTree } from '../store/linkTree.ts';
import { liveRelease, type Release, type SiteReleases } from '../store/siteReleases.ts';
import { printerVersion, siteCodeVersion } from './codeVersion.ts';
import { readReleaseManifest } from './releaseManifest.ts';

/** What the export writes beside a snapshot: each shard's content fingerprint (content-schemas' `shardFingerprints`). */
export const shardFingerprintsFile = 'shards.json';

export interface ReleaseSettings {
  releases: SiteReleases;
  /** The public address the site is built for (canonical links, sitemaps, feeds, QR codes). */
  siteUrl: string;
  /** Paper size of the sheets' PDFs. */
  paper: 'Letter' | 'A4';
}

/** Which shards a release rebuilds, and which it takes from the live release. Written to `work/plan.json`. */
export interface ReleasePlan {
  release: string;
  siteUrl: string;
  paper: 'Letter' | 'A4';
  codeVersion: string;
  printer: string;
  /** The live release the reused shards come from, if any. */
  live: string | undefined;
  /** Every shard of the snapshot with its fingerprint (content, code and settings). */
  fingerprints: Record<string, string>;
  rebuild: string[];
  reuse: string[];
  /** Roughly how much work each shard is (its documents), to share shards out evenly between workers. */
  weights: Record<string, number>;
  shape: SiteShape;
}

const planFile = (release: Release) => path.join(release.work, 'plan.json');

export function readPlan(release: Release): ReleasePlan {
  if (!existsSync(planFile(release))) throw new Error(`The release ${release.id} has no plan: plan it before building its shards.`);
  return JSON.parse(readFileSync(planFile(release), 'utf8')) as ReleasePlan;
}

/**
 * Plans a release whose snapshot is in place: every shard whose fingerprint differs from the live release's is to
 * be rebuilt (all of them with `rebuildAll`, or when nothing is live); every other shard's files are hard-linked
 * from the live release now, with the shared assets they use.
 */
export function planRelease(settings: ReleaseSettings, release: Release, { rebuildAll = false } = {}): ReleasePlan {
  const snapshot = parseSnapshot(JSON.parse(readFileSync(release.snapshotFile, 'utf8')), release.snapshotFile);
  const codeVersion = siteCodeVersion({ siteUrl: settings.siteUrl, paper: settings.paper });
  const content = contentFingerprints(release.snapshotFile, snapshot);
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
  if (live && liveManifest) {
    for (const id of plan.reuse) linkShardFromLive(live, release, parseShardId(id), plan.shape, liveManifest.shards[id]?.assets ?? []);
  }
  mkdirSync(release.work, { recursive: true });
  writeFileSync(planFile(release), JSON.stringify(plan, null, 2));
  return plan;
}

function shardWeight(snapshot: Snapshot, shard: Shard): number {
  if (shard.kind === 'site') return 1;
  const ofCountry = (documents: readonly { country: string }[]) =>
    documents.filter((document) => document.country === shard.country).length;
  return 1 + ofCountry(snapshot.guides) * 2 + ofCountry(snapshot.services) + ofCountry(snapshot.hubs);
}

/** The export's fingerprints when it wrote them for this snapshot, else worked out here (a snapshot given by hand). */
function contentFingerprints(snapshotFile: string, snapshot: Snapshot): Record<string, string> {
  const file = path.join(path.dirname(snapshotFile), shardFingerprintsFile);
  if (existsSync(file)) {
    const written = JSON.parse(readFileSync(file, 'utf8')) as { snapshot?: string; shards?: Record<string, string> };
    if (written.snapshot === fileHash(snapshotFile) && written.shards) return written.shards;
  }
  return shardFingerprints(snapshot, mediaHashes(snapshotFile, snapshot));
}

/**
 * Writes each shard's content fingerprint beside a snapshot (`shards.json`), with the hash of the snapshot file it
 * belongs to: the export does this, so that planning a release need not read every document again.
 */
export function writeShardFingerprints(snapshotFile: string, snapshot: Snapshot): void {
  const shards = shardFingerprints(snapshot, mediaHashes(snapshotFile, snapshot));
  const file = path.join(path.dirname(snapshotFile), shardFingerprintsFile);
  writeFileSync(`${file}.tmp`, JSON.stringify({ snapshot: fileHash(snapshotFile), shards }));
  renameSync(`${file}.tmp`, file);
}

/** Each image's file hash, so that an image replaced under the same name still changes the shards showing it. */
export function mediaHashes(snapshotFile: string, snapshot: Snapshot): Map<string, string> {
  return new Map(snapshot.media.map((item) => [item.id, fileHash(path.join(path.dirname(snapshotFile), item.file))]));
}

export function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function linkShardFromLive(live: Release, release: Release, shard: Shard, shape: SiteShape, assets: readonly string[]): void {
  for (const entry of shardEntries(live.site, shard, shape)) linkEntry(path.join(live.site, entry), path.join(release.site, entry));
  for (const asset of assets) linkFile(path.join(live.site, asset), path.join(release.site, asset));
  mkdirSync(path.join(release.site, assetsFolder), { recursive: true });
}

function linkEntry(from: string, to: string): void {
  if (statSync(from).isDirectory()) linkTree(from, to);
  else linkFile(from, to);
}
