import { describe, expect, it } from 'vitest';
import { type BenchResults, formatBenchTable, formatTable } from './benchTable.ts';

const weighed = (html: number, css: number, js: number) => ({
  gzipBytes: { html, css, js, fonts: 0, images: 0, other: 0 },
  totalGzipBytes: html + css + js,
  requests: 2,
});

const results: BenchResults = {
  scale: 'large',
  startedAt: '2026-11-23T16:00:00.000Z',
  machine: { cpus: 2, memoryGiB: 8, loadAverageAtStart: [6.1, 5, 4], loadAverageAtEnd: [7, 6, 5] },
  site: [
    {
      content: 'large',
      htmlPages: 8500,
      pagesRendered: 8500,
      shardsRebuilt: 21,
      shardsReused: 0,
      totalSeconds: 200,
      renderSeconds: 150,
      pdfSeconds: 30,
      pagesPerSecond: 42.5,
      peakTreeMiB: 1500,
      peakPssMiB: 1100,
    },
  ],
  publish: [
    {
      content: 'demo',
      sitePages: 538,
      seconds: 8.5,
      shardsRebuilt: ['es/honduras', 'en/honduras'],
      shardsReused: 19,
      fullReleaseSeconds: 40,
      peakTreeMiB: 1900,
      peakPssMiB: 1400,
    },
  ],
  cms: {
    path: '/api/guides/1?depth=2&locale=fr',
    guides: 1001,
    seed: {
      bulk: { documents: 2016, seconds: 80, documentsPerSecond: 25.2 },
      editorsWay: { documents: 42, seconds: 42, documentsPerSecond: 1 },
      loadAverage: [2, 1.5, 1],
    },
    peakTreeMiB: 700,
    load: [
      { addresses: 'same', connections: 10, requests: 1000, requestsPerSecond: 66.7, medianMs: 140, p95Ms: 300, p99Ms: 450, failures: 0 },
    ],
  },
  references: {
    ours: { totalSeconds: 200, htmlPages: 16200, guide: weighed(4000, 0, 1000) },
    references: [
      {
        name: 'Hugo + Pagefind',
        htmlPages: 8100,
        totalSeconds: 25,
        generatorSeconds: 5,
        pagefindSeconds: 20,
        peakTreeMiB: 400,
        guideUrl: '/es/x/guides/y/',
        guide: weighed(2500, 0, 0),
      },
    ],
  },
};

describe('the bench table', () => {
  it('pads columns to their widest cell and right-aligns numbers', () => {
    const table = formatTable(
      ['name', 'size'],
      [
        ['a', '1.0 kB'],
        ['longer name', '12.5 kB'],
      ],
    );
    expect(table.split('\n')).toEqual(['name         size', '───────────  ───────', 'a             1.0 kB', 'longer name  12.5 kB']);
  });

  it('shows only the sections that ran, with a dash for a step that does not exist yet', () => {
    const table = formatBenchTable(results);
    expect(table).toContain('1. Site releases');
    expect(table).not.toContain('2. Page weight');
    expect(table).not.toContain('3. Search');
    const largeRow = table.split('\n').find((line) => line.startsWith('large'));
    expect(largeRow?.split(/\s{2,}/)).toEqual([
      'large',
      '8500',
      '8500',
      '21',
      '0',
      '200.0 s',
      '150.0 s',
      '30.0 s',
      '42.5',
      '1500 MiB',
      '1100 MiB',
    ]);
  });

  it('reports a publish with the time it took to be served and the shards it rebuilt', () => {
    const demoRow = formatBenchTable(results)
      .split('\n')
      .find((line) => line.startsWith('demo'));
    expect(demoRow?.split(/\s{2,}/)).toEqual(['demo', '538', '8.5 s', 'es/honduras en/honduras', '19', '40.0 s', '1900 MiB', '1400 MiB']);
  });

  it('states the machine load, since times on a shared machine mean little without it', () => {
    expect(formatBenchTable(results).split('\n')[0]).toContain('load average at start 6.10, 5.00, 4.00, at end 7.00, 6.00, 5.00');
  });

  it('reports the references as ratios of ours to theirs', () => {
    const hugoRow = formatBenchTable(results)
      .split('\n')
      .find((line) => line.startsWith('Hugo + Pagefind'));
    // 200 s against 25 s; per page 12.3 ms against 3.1 ms (twice their pages); a 5.0 kB guide page against 2.5 kB.
    expect(hugoRow).toMatch(/8\.00×\s+4\.00×\s+2\.00×$/);
  });

  it("reports the seed's bulk writes as documents per second and as a ratio to the editor's way in the same run", () => {
    const bulkRow = formatBenchTable(results)
      .split('\n')
      .find((line) => line.startsWith('bulk'));
    expect(bulkRow?.split(/\s{2,}/)).toEqual(["bulk (batches, translations' text)", '2016', '80.0 s', '25.20', '25.20×']);
  });

  it('reports CMS latency percentiles, from the read cache or not, and the memory of the CMS process', () => {
    const table = formatBenchTable(results);
    expect(table).toContain('CMS peak memory 700 MiB');
    expect(
      table
        .split('\n')
        .find((line) => line.startsWith('one address'))
        ?.split(/\s{2,}/)
        .map((cell) => cell.trim()),
    ).toEqual(['one address (read cache)', '10', '1000', '66.7', '140 ms', '300 ms', '450 ms', '0']);
  });
});
