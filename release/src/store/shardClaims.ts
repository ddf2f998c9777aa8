import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { batchShards } from '../plan/batches.ts';
import { tryLock, unlock } from './lockFile.ts';
import { readPlan } from './releasePlanFile.ts';
import { reusedShardsLinked } from './reusedShards.ts';
import { readShardResult } from './shardResults.ts';
import type { Release } from './siteReleases.ts';

/**
 * Which worker builds which shard of a release. A jobs queue may hand the same job to two workers that ask at the
 * same moment (claiming a job is not atomic on every database), so a worker first claims the shard here, with a file
 * created only if it does not exist yet: exactly one worker builds each shard. The claim names the machine and
 * process, so a worker that died can be told from one still working.
 */
export interface ShardClaim {
  shard: string;
  host: string;
  pid: number;
  at: string;
}

const claimsFolder = (release: Release) => path.join(release.work, 'claims');
const claimFile = (release: Release, shard: string) => path.join(claimsFolder(release), `${shard.replace('/', '__')}.json`);

/** True when this process now holds the shard's claim; false when another live worker holds it. */
function claimShard(release: Release, shard: string): boolean {
  mkdirSync(claimsFolder(release), { recursive: true });
  const claim: ShardClaim = { shard, host: hostname(), pid: process.pid, at: new Date().toISOString() };
  try {
    writeFileSync(claimFile(release, shard), JSON.stringify(claim), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = readClaim(release, shard);
    if (holder && (holder.pid === process.pid || isAlive(holder))) return false;
    writeFileSync(claimFile(release, shard), JSON.stringify(claim));
    return true;
  }
}

/**
 * Claims what one site build of a worker takes on, given the shards of the release its jobs name: the planned batch
 * of each (the release's rebuilt shards shared out between `workers` builds as `batchShards` shares them), every
 * shard of those batches that no other live worker holds. The queue may hand the same jobs to two workers at once;
 * claimed one by one, the two shards of a demo publish went one to each, and their two builds side by side took
 * 14.3 s where one build of both takes 7 s. Claimed under the release's claim lock, a batch goes whole to the first
 * worker that asks for it. Returns the shards this process now holds.
 */
export function claimBatch(release: Release, handed: readonly string[], workers: number): string[] {
  const plan = readPlan(release);
  const batches = batchShards(plan.rebuild, plan.weights, workers);
  const wanted = new Set([...batches.filter((batch) => batch.some((shard) => handed.includes(shard))).flat(), ...handed]);
  return withClaimLock(release, () => [...wanted].filter((shard) => claimShard(release, shard)));
}

/** Longest a claim waits for another worker's: a claim holds the lock for the few file writes it makes. */
const claimLockWaitMs = 10_000;

function withClaimLock<T>(release: Release, claim: () => T): T {
  const lock = path.join(release.work, 'claiming.lock');
  const waitUntil = Date.now() + claimLockWaitMs;
  while (!tryLock(lock)) {
    if (Date.now() > waitUntil)
      throw new Error(`Could not claim shards of ${release.id}: ${lock} stayed taken for ${claimLockWaitMs / 1000} s.`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
  try {
    return claim();
  } finally {
    unlock(lock);
  }
}

/** Lets another worker take the shard (after a failure that may be worth a retry). */
export function dropClaim(release: Release, shard: string): void {
  rmSync(claimFile(release, shard), { force: true });
}

function readClaim(release: Release, shard: string): ShardClaim | undefined {
  try {
    return JSON.parse(readFileSync(claimFile(release, shard), 'utf8')) as ShardClaim;
  } catch {
    return undefined;
  }
}

/** Whether a claim's process still runs. Only a claim made on this machine can be checked; others count as alive. */
function isAlive(claim: ShardClaim): boolean {
  if (claim.host !== hostname()) return true;
  try {
    process.kill(claim.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(claim.pid);
}

/**
 * A process that was killed but not yet reaped by its parent still answers signals; in a container whose first
 * process reaps no orphans it stays so. Linux says so in /proc.
 */
function isZombie(pid: number): boolean {
  try {
    return / Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/\(.*\)/, ''));
  } catch {
    return false;
  }
}

export interface ReleaseProgress {
  built: string[];
  pending: string[];
  /** Whether the shards taken from the live release are in place (see reusedShards.ts). */
  reusedLinked: boolean;
  /** Every shard built and every reused one linked: the release can be finished. */
  complete: boolean;
  /** Shards claimed by a worker on this machine that stopped before finishing them. */
  abandoned: ShardClaim[];
}

/** How far a planned release is: which shards are built, which not yet, and which a dead worker left. */
export function releaseProgress(release: Release): ReleaseProgress {
  const plan = readPlan(release);
  const built = plan.rebuild.filter((shard) => readShardResult(release, shard) !== undefined);
  const pending = plan.rebuild.filter((shard) => !built.includes(shard));
  const claims = existsSync(claimsFolder(release))
    ? readdirSync(claimsFolder(release)).map((name) => readClaim(release, name.replace(/\.json$/, '').replace('__', '/')))
    : [];
  const abandoned = claims.filter((claim): claim is ShardClaim => claim !== undefined && pending.includes(claim.shard) && !isAlive(claim));
  const reusedLinked = reusedShardsLinked(release, plan);
  return { built, pending, reusedLinked, complete: pending.length === 0 && reusedLinked, abandoned };
}

/**
 * True for the one caller that first finds the release complete: the shards finishing last, and the linking of the
 * reused ones, may all see it complete at once, and only one of them should queue its last step.
 */
export function claimFinishing(release: Release): boolean {
  mkdirSync(release.work, { recursive: true });
  try {
    writeFileSync(path.join(release.work, 'finishing.json'), JSON.stringify({ host: hostname(), pid: process.pid }), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
