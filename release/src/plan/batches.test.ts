import { describe, expect, it } from 'vitest';
import { batchShards, batchWorthAStartup } from './batches.ts';

describe('batchShards', () => {
  it('shares shards out so that each worker has about the same work', () => {
    const weights = { 'es/mexico': 300, 'en/mexico': 300, 'es/honduras': 100, 'en/honduras': 100, site: 1 };
    const batches = batchShards(Object.keys(weights), weights, 2);
    expect(batches).toHaveLength(2);
    const load = batches.map((batch) => batch.reduce((sum, shard) => sum + weights[shard as keyof typeof weights], 0));
    expect(Math.abs((load[0] ?? 0) - (load[1] ?? 0))).toBeLessThanOrEqual(1);
    expect(batches.flat().sort()).toEqual(Object.keys(weights).sort());
  });

  it('makes no more batches than shards, and one when there is one worker', () => {
    const heavy = { 'a/b': batchWorthAStartup, 'c/d': batchWorthAStartup };
    expect(batchShards(['site'], {}, 4)).toEqual([['site']]);
    expect(batchShards(['a/b', 'c/d'], heavy, 1)).toEqual([['a/b', 'c/d']]);
    expect(batchShards(['a/b', 'c/d'], heavy, 2)).toHaveLength(2);
    expect(batchShards([], {}, 2)).toEqual([]);
  });

  it('builds little work in one batch, whatever the workers: a start-up costs more than it saves', () => {
    const light = { 'es/honduras': 40, 'en/honduras': 40, site: 1 };
    expect(batchShards(Object.keys(light), light, 2)).toEqual([['en/honduras', 'es/honduras', 'site']]);
  });
});
