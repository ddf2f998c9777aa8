import { describe, expect, it } from 'vitest';
import { parseBenchArguments } from './benchOptions.ts';
import { percentile } from './cmsLoad.ts';
import { median } from './searchBench.ts';
import { pagefindMilliseconds } from './siteBuild.ts';

describe('the figures the bench computes', () => {
  it('takes percentiles by nearest rank and the median of odd and even counts', () => {
    const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('times Pagefind from the Astro line before its log line to that line', () => {
    const lines = [
      { at: 1000, text: '12:00:01 [build] ✓ Completed in 4.34s.' },
      { at: 4500, text: '12:00:04 [infohub:pagefind] Indexed 354 pages in 28 bundles (one per language and country) sharing one runtime.' },
      { at: 4600, text: '12:00:04 [build] 354 page(s) built in 8.14s' },
    ];
    expect(pagefindMilliseconds(lines)).toBe(3500);
    expect(pagefindMilliseconds(lines.slice(0, 1))).toBeUndefined();
  });
});

describe('pnpm bench options', () => {
  it('runs every section at the large scale by default', () => {
    expect(parseBenchArguments([])).toEqual({
      sections: ['site', 'weight', 'search', 'cms', 'references'],
      scale: 'large',
      demo: true,
      skipSeed: false,
    });
  });

  it('runs the sections and scale asked for, after the -- pnpm passes on', () => {
    expect(parseBenchArguments(['--', '--only', 'site,search', '--scale', 'small', '--no-demo'])).toMatchObject({
      sections: ['site', 'search'],
      scale: 'small',
      demo: false,
    });
  });

  it('names the sections and scales there are when given one that is not', () => {
    expect(() => parseBenchArguments(['--only', 'site,speed'])).toThrow(
      /"speed" is not a section; choose from site, weight, search, cms, references/,
    );
    expect(() => parseBenchArguments(['--scale', 'huge'])).toThrow(/--scale must be one of tiny, small, large/);
  });
});
