import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlan } from './releasePlanFile.ts';
import { claimBatch } from './shardClaims.ts';
import { newRelease, siteReleases } from './siteReleases.ts';

/** A release planned to rebuild these shards, each of this much work. */
function plannedRelease(weights: Record<string, number>) {
  const release = newRelease(siteReleases(mkdtempSync(path.join(tmpdir(), 'infohub-claims-'))));
  const shards = Object.keys(weights);
  writePlan(release, {
    release: release.id,
    siteUrl: 'https://example.org',
    paper: 'Letter',
    codeVersion: 'code',
    printer: 'printer',
    live: undefined,
    fingerprints: Object.fromEntries(shards.map((shard) => [shard, shard])),
    rebuild: shards,
    reuse: [],
    weights,
    shape: { languages: ['es', 'en'], countries: ['honduras', 'mexico'] },
  });
  return release;
}

describe('claimBatch', () => {
  it('gives a worker handed one shard of a small publish both its shards, and the worker handed the other nothing', () => {
    const release = plannedRelease({ 'es/honduras': 25, 'en/honduras': 25 });
    expect(claimBatch(release, ['en/honduras'], 2).sort()).toEqual(['en/honduras', 'es/honduras']);
    // A second claim from this process stands for another worker: a shard held by a live process is not taken.
    expect(claimBatch(release, ['es/honduras'], 2)).toEqual([]);
  });

  it('leaves shards planned into separate builds to whoever is handed them', () => {
    const release = plannedRelease({ 'es/mexico': 400, 'en/mexico': 400 });
    expect(claimBatch(release, ['es/mexico'], 2)).toEqual(['es/mexico']);
    expect(claimBatch(release, ['en/mexico'], 2)).toEqual(['en/mexico']);
  });

  it('claims a shard its jobs name even when the plan does not, so that its build fails naming it', () => {
    const release = plannedRelease({ 'es/mexico': 400 });
    expect(claimBatch(release, ['fr/mexico'], 2)).toEqual(['fr/mexico']);
  });
});
