import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Release } from './siteReleases.ts';

/** What a built site's folders are named by: its languages and its countries. */
export interface SiteShape {
  languages: readonly string[];
  countries: readonly string[];
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

export function hasPlan(release: Release): boolean {
  return existsSync(planFile(release));
}

export function readPlan(release: Release): ReleasePlan {
  if (!hasPlan(release)) throw new Error(`The release ${release.id} has no plan: plan it before building its shards.`);
  return JSON.parse(readFileSync(planFile(release), 'utf8')) as ReleasePlan;
}

export function writePlan(release: Release, plan: ReleasePlan): void {
  mkdirSync(release.work, { recursive: true });
  writeFileSync(planFile(release), JSON.stringify(plan, null, 2));
}
