/**
 * `pnpm bench [-- --only site,publish,weight,search,cms,references] [--scale tiny|small|large|xlarge] [--no-demo]
 * [--skip-seed]`: builds the site from generated content (8,000 document pages at the large scale) through the
 * release pipeline, publishes one guide through the CMS, and measures the build, page weight, search and CMS reads,
 * beside reference sites built from the same content. Prints one table and writes it as JSON under var/bench/. See
 * "Benchmarks" in the README for how to read it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium } from '@infohub/release';
import { type BenchOptions, parseBenchArguments } from './lib/bench/benchOptions.ts';
import { type BenchResults, formatBenchTable, type ReferenceFigures } from './lib/bench/benchTable.ts';
import { measureCmsLoad, prepareCmsDatabase, type SeedFigures } from './lib/bench/cmsLoad.ts';
import { benchScales, benchSnapshot, generateBenchContent } from './lib/bench/generateContent.ts';
import { measureStep } from './lib/bench/measureProcess.ts';
import { measureOnePage, measurePageWeights } from './lib/bench/pageWeight.ts';
import { measurePublishToLive } from './lib/bench/publishToLive.ts';
import { buildHugo, buildStarlight } from './lib/bench/referenceSites.ts';
import { measureSearch } from './lib/bench/searchBench.ts';
import { type BuildFigures, buildSite, rebuildAfterOneChange } from './lib/bench/siteBuild.ts';
import { repoRoot, varDir } from './lib/workspace.ts';

let options: BenchOptions;
try {
  options = parseBenchArguments(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const benchDir = path.join(varDir, 'bench');
const scaleDir = path.join(benchDir, options.scale);
const snapshotFile = path.join(scaleDir, 'snapshot', 'snapshot.json');
const siteRoot = path.join(scaleDir, 'releases');
const siteDir = path.join(siteRoot, 'current');
const pagesDir = `${repoRoot}site/src/pages`;
const startedAt = new Date();
const results: BenchResults = {
  scale: options.scale,
  startedAt: startedAt.toISOString(),
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverageAtStart: os.loadavg() },
};
const resultsFile = path.join(benchDir, `${options.scale}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);

/** Written after every section, so a run stopped halfway keeps what it measured. */
function save(): void {
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(benchDir, `${options.scale}-latest.json`), `${JSON.stringify(results, null, 2)}\n`);
}

/** Where the bench's CMS listens, for the publish and cms sections alike. */
const benchCmsPort = Number(process.env.BENCH_CMS_PORT ?? 3917);
const demoDir = path.join(benchDir, 'demo');
const demoDatabase = path.join(demoDir, 'cms.db');

/** The demo content as `pnpm start` publishes it: seeded into a database of the bench's own and exported. */
async function demoSnapshot(): Promise<string> {
  const file = path.join(demoDir, 'snapshot', 'snapshot.json');
  if (existsSync(file)) return file;
  const env = {
    DATABASE_URL: `file:${demoDatabase}`,
    INFOHUB_MEDIA_DIR: path.join(demoDir, 'media'),
    INFOHUB_SITE_REBUILDS: 'off',
  };
  const cms = (...args: string[]) => ['--filter', '@infohub/cms', 'run', ...args];
  await measureStep('Migrate a database for the demo content', 'pnpm', cms('migrate'), { env });
  await measureStep('Seed the demo content', 'pnpm', cms('seed'), { env });
  await measureStep('Export the demo content', 'pnpm', cms('export-snapshot', '--', '--out', file), { env });
  return file;
}

/** The seeded demo admin's login, which the seed writes beside its database. */
function adminOf(databaseDir: string): { adminEmail: string; adminPassword: string } {
  const login = JSON.parse(readFileSync(path.join(databaseDir, 'demo-admin.json'), 'utf8')) as { email: string; password: string };
  return { adminEmail: login.email, adminPassword: login.password };
}

/** The generated content in a CMS database: seeded once a run (the cms and publish sections share it), or kept. */
const scaleDatabase = path.join(scaleDir, 'cms.db');
let scaleSeed: Promise<SeedFigures | undefined> | undefined;
function ensureScaleDatabase(): Promise<SeedFigures | undefined> {
  if (options.skipSeed && !existsSync(scaleDatabase))
    throw new Error(`--skip-seed: there is no database at ${scaleDatabase} yet; run once without it.`);
  scaleSeed ??= options.skipSeed ? Promise.resolve(undefined) : prepareCmsDatabase(scaleDatabase, options.scale);
  return scaleSeed;
}

/** Our site at this scale: built by the site section, or by an earlier run, or now. */
let ourBuild: BuildFigures | undefined;
async function ensureOurSite(): Promise<void> {
  if (!ourBuild && !existsSync(path.join(siteDir, 'index.html')))
    ourBuild = await buildSite(options.scale, snapshotFile, siteRoot, { rebuildAll: true });
}

mkdirSync(path.dirname(snapshotFile), { recursive: true });
const snapshot = benchSnapshot(generateBenchContent(benchScales[options.scale]));
writeFileSync(snapshotFile, JSON.stringify(snapshot));
console.log(
  `Generated ${snapshot.guides.length} guides, ${snapshot.services.length} services and ${snapshot.hubs.length} hubs in ` +
    `${snapshot.locales.length} languages over ${snapshot.countries.length} countries: ${snapshotFile}`,
);
const needsChromium = options.sections.some((section) => section === 'weight' || section === 'search' || section === 'references');
const chromiumPath = needsChromium ? ensureChromium() : '';

if (options.sections.includes('site')) {
  results.site = [];
  if (options.demo) {
    const demoSite = path.join(demoDir, 'releases');
    results.site.push(await buildSite('demo', await demoSnapshot(), demoSite, { rebuildAll: true }));
    save();
    results.site.push(await rebuildAfterOneChange('demo', await demoSnapshot(), demoSite));
    save();
  }
  ourBuild = await buildSite(options.scale, snapshotFile, siteRoot, { rebuildAll: true });
  results.site.push(ourBuild);
  save();
  results.site.push(await rebuildAfterOneChange(options.scale, snapshotFile, siteRoot));
  save();
}
if (options.sections.includes('publish')) {
  results.publish = [];
  if (options.demo) {
    await demoSnapshot();
    results.publish.push(
      await measurePublishToLive({
        content: 'demo',
        databaseFile: demoDatabase,
        ...adminOf(demoDir),
        mediaDir: path.join(demoDir, 'media'),
        workDir: path.join(demoDir, 'publish'),
        port: benchCmsPort,
      }),
    );
    save();
  }
  // The generated content too, seeded into the CMS: a publish must not grow with the site.
  await ensureScaleDatabase();
  results.publish.push(
    await measurePublishToLive({
      content: options.scale,
      databaseFile: scaleDatabase,
      ...adminOf(scaleDir),
      workDir: path.join(scaleDir, 'publish'),
      port: benchCmsPort,
    }),
  );
  save();
}
if (options.sections.includes('weight')) {
  await ensureOurSite();
  console.log('\n▶ Weigh the largest page of each type in Chromium');
  results.weight = await measurePageWeights(siteDir, pagesDir, chromiumPath);
  save();
}
if (options.sections.includes('search')) {
  await ensureOurSite();
  console.log('\n▶ Search in Chromium, every language and country');
  results.search = await measureSearch(siteDir, chromiumPath);
  save();
}
if (options.sections.includes('cms')) {
  const seed = await ensureScaleDatabase();
  results.cms = await measureCmsLoad({
    databaseFile: scaleDatabase,
    scale: options.scale,
    seed,
    port: benchCmsPort,
    seconds: options.scale === 'large' ? 15 : 5,
    connections: [1, 10, 50],
  });
  save();
}
if (options.sections.includes('references')) {
  // Without a build of ours in this run there is no build time to compare with: build it now.
  if (!ourBuild) ourBuild = await buildSite(options.scale, snapshotFile, siteRoot, { rebuildAll: true });
  const built = [await buildHugo(snapshot, path.join(scaleDir, 'hugo')), await buildStarlight(snapshot, path.join(scaleDir, 'starlight'))];
  const ours: ReferenceFigures['ours'] = {
    totalSeconds: ourBuild.totalSeconds,
    htmlPages: ourBuild.htmlPages,
    guide: await measureOnePage(siteDir, `/es/${snapshot.guides[0]?.country}/guides/${snapshot.guides[0]?.slug}/`, chromiumPath),
  };
  const references: ReferenceFigures['references'] = [];
  for (const { siteDir: referenceDir, ...reference } of built)
    references.push({ ...reference, guide: await measureOnePage(referenceDir, reference.guideUrl, chromiumPath) });
  results.references = { ours, references };
  save();
}

results.finishedAt = new Date().toISOString();
results.machine.loadAverageAtEnd = os.loadavg();
save();
console.log(`\n${formatBenchTable(results)}\n\nResults: ${resultsFile}`);
