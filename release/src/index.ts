export { type BuiltRelease, buildRelease } from './build/buildRelease.ts';
export { buildShards, readShardResult, type ShardBatchResult, type ShardResult } from './build/buildShards.ts';
export { type FinishedRelease, finishRelease } from './build/finishRelease.ts';
export { batchShards } from './plan/batches.ts';
export {
  planRelease,
  type ReleasePlan,
  type ReleaseSettings,
  readPlan,
  shardFingerprintsFile,
  writeShardFingerprints,
} from './plan/planRelease.ts';
export { type ReleaseManifest, readReleaseManifest } from './plan/releaseManifest.ts';
export { ensureChromium } from './print/chromium.ts';
export { sheetPathsOf } from './print/sheetPaths.ts';
export { type PaperFormat, pdfPageCount, renderSheetPdfs, type SheetPdfOptions, type SheetPdfReport } from './print/sheetPdfs.ts';
export { contentSecurityPolicyHeader, securityHeaders } from './serve/securityHeaders.ts';
export { serveSite } from './serve/serveSite.ts';
export { type ReleaseEnv, releaseSettingsFromEnv } from './settings.ts';
export { placeSnapshot } from './store/placeSnapshot.ts';
export { claimShard, dropClaim, type ReleaseProgress, releaseProgress, type ShardClaim } from './store/shardClaims.ts';
export * from './store/siteReleases.ts';
