import { describe, expect, it } from 'vitest';
import { parseBenchArguments } from './benchOptions.ts';
import { percentile } from './cmsLoad.ts';
import { median } from './searchBench.ts';
import { rebuildAnswer } from './siteBuild.ts';

describe('the figures the bench computes', () => {
  it('takes percentiles by nearest rank and the median of odd and even counts', () => {
    const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('reads the release command’s JSON answer after pnpm’s own lines', () => {
    const lines = [
      { at: 0, text: '> @infohub/release release /repo/release' },
      { at: 0, text: '{"rebuilt":["es/mexico"],"reused":["site","en/mexico"],"batches":[]}' },
    ];
    expect(rebuildAnswer(lines)).toEqual({ rebuilt: ['es/mexico'], reused: ['site', 'en/mexico'], batches: [] });
    expect(() => rebuildAnswer(lines.slice(0, 1))).toThrow('The release command gave no JSON answer.');
  });
});

describe('pnpm bench options', () => {
  it('runs every section at the large scale by default', () => {
    expect(parseBenchArguments([])).toEqual({
      sections: ['site', 'publish', 'weight', 'search', 'cms', 'references'],
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
      /"speed" is not a section; choose from site, publish, weight, search, cms, references/,
    );
    expect(() => parseBenchArguments(['--scale', 'huge'])).toThrow(/--scale must be one of tiny, small, large, xlarge/);
  });
});
