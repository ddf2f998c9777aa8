/**
 * The release package's light part, `@infohub/release/store`: reading and writing release folders, claims, plans,
 * results and settings, and the last step of a release (its check and the switch), nothing that builds. The CMS
 * server imports this (its bundler must not see the build code, which finds the site's sources on disk) and runs
 * the rest as `infohub-release` commands.
 */
export { readShardFingerprints, shardFingerprintsFile, writeShardFingerprints } from './fingerprintsFile.ts';
export { type FinishedRelease, finishRelease } from './finishRelease.ts';
export { placeSnapshot } from './placeSnapshot.ts';
export { type ReleaseManifest, readReleaseManifest, type ShardRecord } from './releaseManifest.ts';
export { hasPlan, type ReleasePlan, readPlan, type SiteShape } from './releasePlanFile.ts';
export { type ReleaseEnv, type ReleaseSettings, releaseSettingsFromEnv } from './settings.ts';
export { claimBatch, claimFinishing, dropClaim, type ReleaseProgress, releaseProgress, type ShardClaim } from './shardClaims.ts';
export { readShardResult, type ShardResult } from './shardResults.ts';
export * from './siteReleases.ts';
