import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { siteWorkerCount } from './siteWorkerCount.ts';

describe('siteWorkerCount', () => {
  it('runs one site worker per core unless INFOHUB_SITE_WORKERS says', () => {
    expect(siteWorkerCount({})).toBe(availableParallelism());
    expect(siteWorkerCount({ INFOHUB_SITE_WORKERS: '3' })).toBe(3);
    expect(siteWorkerCount({ INFOHUB_SITE_WORKERS: '0' })).toBe(0);
  });

  it('runs none when site rebuilds are off, as no build is ever asked for', () => {
    expect(siteWorkerCount({ INFOHUB_SITE_REBUILDS: 'off' })).toBe(0);
    expect(siteWorkerCount({ INFOHUB_SITE_REBUILDS: 'off', INFOHUB_SITE_WORKERS: '2' })).toBe(0);
  });

  it('refuses a count that is not a whole number, naming the setting', () => {
    expect(() => siteWorkerCount({ INFOHUB_SITE_WORKERS: 'two' })).toThrow(/INFOHUB_SITE_WORKERS must be a whole number/);
    expect(() => siteWorkerCount({ INFOHUB_SITE_WORKERS: '-1' })).toThrow(/INFOHUB_SITE_WORKERS/);
  });
});
