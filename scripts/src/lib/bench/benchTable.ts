/**
 * The bench's results, as JSON (what `var/bench/` keeps) and as the one table `pnpm bench` prints.
 */
import type { CmsFigures, SeedFigures } from './cmsLoad.ts';
import type { PageTypeWeight, Weighed } from './pageWeight.ts';
import type { PublishFigures } from './publishToLive.ts';
import type { ReferenceBuild } from './referenceSites.ts';
import type { SearchFigures } from './searchBench.ts';
import type { BuildFigures } from './siteBuild.ts';

export interface ReferenceFigures {
  /** Our site's build of the same content, and our guide page, which the references are compared with. */
  ours: { totalSeconds: number; htmlPages: number; guide: Weighed };
  references: (Omit<ReferenceBuild, 'siteDir'> & { guide: Weighed })[];
}

export interface BenchResults {
  scale: string;
  startedAt: string;
  finishedAt?: string;
  machine: { cpus: number; memoryGiB: number; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  site?: BuildFigures[];
  publish?: PublishFigures[];
  weight?: PageTypeWeight[];
  search?: SearchFigures[];
  cms?: CmsFigures;
  references?: ReferenceFigures;
}

/** Columns padded to their widest cell; numbers (and "—") right-aligned, text left-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const isNumeric = (cell: string) => /^[-+]?[\d.,]+\s?[%×a-zA-Z/]*$|^—$/.test(cell);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (isNumeric(cell) && column > 0 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n');
}

const seconds = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)} s`);
const kB = (bytes: number) => (Number.isNaN(bytes) ? '—' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (value: number) => (Number.isNaN(value) ? '—' : `${value.toFixed(0)} ms`);
const perPage = (totalSeconds: number, pages: number) => (pages > 0 ? `${((totalSeconds * 1000) / pages).toFixed(1)} ms` : '—');
const ratio = (ours: number, theirs: number) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '—');

export function formatSite(builds: readonly BuildFigures[]): string {
  return formatTable(
    ['content', 'site pages', 'rendered', 'shards rebuilt', 'reused', 'total', 'render', 'PDFs', 'pages/s', 'peak tree', 'peak PSS'],
    builds.map((build) => [
      build.content,
      String(build.htmlPages),
      String(build.pagesRendered),
      String(build.shardsRebuilt),
      String(build.shardsReused),
      seconds(build.totalSeconds),
      seconds(build.renderSeconds),
      seconds(build.pdfSeconds),
      build.pagesPerSecond.toFixed(1),
      `${build.peakTreeMiB} MiB`,
      `${build.peakPssMiB} MiB`,
    ]),
  );
}

export function formatPublish(publishes: readonly PublishFigures[]): string {
  return formatTable(
    ['content', 'site pages', 'publish → served', 'shards rebuilt', 'reused', 'first full release', 'peak CMS tree', 'peak PSS'],
    publishes.map((publish) => [
      publish.content,
      String(publish.sitePages),
      seconds(publish.seconds),
      publish.shardsRebuilt.join(' '),
      String(publish.shardsReused),
      seconds(publish.fullReleaseSeconds),
      `${publish.peakTreeMiB} MiB`,
      `${publish.peakPssMiB} MiB`,
    ]),
  );
}

export function formatWeight(weights: readonly PageTypeWeight[]): string {
  return formatTable(
    ['page type', 'pages', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total', 'requests', 'largest page'],
    weights.map((weight) => [
      weight.type,
      String(weight.pages),
      kB(weight.gzipBytes.html),
      kB(weight.gzipBytes.css),
      kB(weight.gzipBytes.js),
      kB(weight.gzipBytes.fonts),
      kB(weight.gzipBytes.images),
      kB(weight.gzipBytes.other),
      kB(weight.totalGzipBytes),
      String(weight.requests),
      weight.largestUrl,
    ]),
  );
}

export function formatSearch(search: readonly SearchFigures[]): string {
  return formatTable(
    ['language', 'countries', 'index on disk', '1st query', '2nd query', '1st query time', '2nd query time'],
    search.map((figures) => [
      figures.lang,
      String(figures.countries),
      kB(figures.indexBytesOnDisk),
      kB(figures.firstQueryBytes),
      kB(figures.secondQueryBytes),
      ms(figures.firstQueryMs),
      ms(figures.secondQueryMs),
    ]),
  );
}

/** The seed's writes, the bulk way against the editor's way measured in the same run. */
export function formatSeed(seed: SeedFigures | undefined): string {
  if (!seed) return 'Seed: not run (--skip-seed)';
  const rows = [
    ["bulk (batches, translations' text)", seed.bulk],
    ["editor's way (tiny content, reference)", seed.editorsWay],
  ] as const;
  const table = formatTable(
    ['writes', 'documents', 'time', 'documents/s', "÷ editor's way"],
    rows.map(([name, figures]) => [
      name,
      String(figures.documents),
      seconds(figures.seconds),
      figures.documentsPerSecond.toFixed(2),
      ratio(figures.documentsPerSecond, seed.editorsWay.documentsPerSecond),
    ]),
  );
  return `Seed, documents in every language they have (load average after the bulk seed ${seed.loadAverage.map((value) => value.toFixed(2)).join(', ')})\n${table}`;
}

export function formatCms(cms: CmsFigures): string {
  const table = formatTable(
    ['reads', 'connections', 'requests', 'req/s', 'median', 'p95', 'p99', 'failures'],
    cms.load.map((load) => [
      load.addresses === 'same' ? 'one address (read cache)' : 'a new address each',
      String(load.connections),
      String(load.requests),
      load.requestsPerSecond.toFixed(1),
      ms(load.medianMs),
      ms(load.p95Ms),
      ms(load.p99Ms),
      String(load.failures),
    ]),
  );
  return `${formatSeed(cms.seed)}\nGET ${cms.path} (${cms.guides} guides; CMS peak memory ${cms.peakTreeMiB} MiB)\n${table}`;
}

export function formatReferences({ ours, references }: ReferenceFigures): string {
  return formatTable(
    [
      'site',
      'pages',
      'build',
      'per page',
      'generator',
      'Pagefind',
      'peak',
      'guide page',
      'our build ÷ theirs',
      'per page ÷ theirs',
      'our guide ÷ theirs',
    ],
    [
      [
        'infohub (ours)',
        String(ours.htmlPages),
        seconds(ours.totalSeconds),
        perPage(ours.totalSeconds, ours.htmlPages),
        '',
        '',
        '',
        kB(ours.guide.totalGzipBytes),
        '',
        '',
        '',
      ],
      ...references.map((reference) => [
        reference.name,
        String(reference.htmlPages),
        seconds(reference.totalSeconds),
        perPage(reference.totalSeconds, reference.htmlPages),
        seconds(reference.generatorSeconds),
        seconds(reference.pagefindSeconds),
        `${reference.peakTreeMiB} MiB`,
        kB(reference.guide.totalGzipBytes),
        ratio(ours.totalSeconds, reference.totalSeconds),
        ratio(ours.totalSeconds / ours.htmlPages, reference.totalSeconds / reference.htmlPages),
        ratio(ours.guide.totalGzipBytes, reference.guide.totalGzipBytes),
      ]),
    ],
  );
}

/** The whole report: one titled block per section that ran, and the machine's load for reading the times. */
export function formatBenchTable(results: BenchResults): string {
  const load = (values: number[] | undefined) => (values ? values.map((value) => value.toFixed(2)).join(', ') : '—');
  const blocks = [
    `infohub bench, scale ${results.scale}, ${results.startedAt} — ${results.machine.cpus} CPUs, ${results.machine.memoryGiB} GiB; ` +
      `load average at start ${load(results.machine.loadAverageAtStart)}, at end ${load(results.machine.loadAverageAtEnd)}`,
  ];
  if (results.site) blocks.push(`1. Site releases (full, then one guide changed on top of it)\n${formatSite(results.site)}`);
  if (results.publish) blocks.push(`1b. Publish to live through the CMS\n${formatPublish(results.publish)}`);
  if (results.weight)
    blocks.push(`2. Page weight, first visit in Chromium (gzip), largest page of each type\n${formatWeight(results.weight)}`);
  if (results.search) blocks.push(`3. Search per language (medians over countries)\n${formatSearch(results.search)}`);
  if (results.cms) blocks.push(`4. CMS writes (seed) and REST reads, production build on SQLite\n${formatCms(results.cms)}`);
  if (results.references) blocks.push(`5. References built from the same content\n${formatReferences(results.references)}`);
  return blocks.join('\n\n');
}
