import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type BuildRecord,
  type CountryShard,
  emptyBuildRecord,
  type LiveRecord,
  parseShardId,
  paths,
  type Shard,
} from '@infohub/content-schemas';
import { rememberByFile } from '@infohub/content-schemas/files';
import { batchWorthAStartup } from '../plan/batches.ts';
import { sheetsAmong } from '../print/sheetPaths.ts';
import type { SheetPrinter } from '../print/sheetPdfs.ts';
import { pagesOf, shardAssets } from '../shards/shardAssets.ts';
import { shardEntries } from '../shards/shardFiles.ts';
import { linkFile } from '../store/linkTree.ts';
import { readReleaseManifest } from '../store/releaseManifest.ts';
import { type ReleasePlan, readPlan } from '../store/releasePlanFile.ts';
import { type ShardResult, writeShardResult } from '../store/shardResults.ts';
import { type Release, releaseById, type SiteReleases } from '../store/siteReleases.ts';
import { type RenderSettings, renderShards } from './renderShards.ts';

export interface ShardBatchResult {
  release: string;
  shards: ShardResult[];
  seconds: { render: number; print: number; total: number };
  /** The end of the site build's output. */
  log: string;
}

/**
 * Builds some of a planned release's shards in one site build (several shards share its start-up cost) and puts
 * their files into the release: pages, search index, sitemap, offline list, and the PDFs of their sheets (printed
 * only where the page differs from the one the live release printed). Each shard's files go in whole, with one
 * rename per folder, and its result is written last, so a build stopped halfway leaves no shard marked built.
 * The site build runs in a process of its own unless `render` says otherwise (see renderInThisProcess.ts).
 */
export async function buildShards(
  releases: SiteReleases,
  releaseId: string,
  shardIds: readonly string[],
  { render = renderShards }: { render?: (settings: RenderSettings) => Promise<string> } = {},
): Promise<ShardBatchResult> {
  const startedAt = performance.now();
  const release = releaseById(releases, releaseId);
  const plan = readPlan(release);
  const shards = shardIds.map(parseShardId);
  const unplanned = shards.filter((shard) => !plan.rebuild.includes(shard.id));
  if (unplanned.length > 0) throw new Error(`The release ${release.id} does not rebuild ${unplanned.map((shard) => shard.id).join(', ')}.`);

  const scratch = path.join(
    release.work,
    `render-${process.pid}-${createHash('sha256').update(shardIds.join()).digest('hex').slice(0, 8)}`,
  );
  rmSync(scratch, { recursive: true, force: true });
  const countryShards = shards.filter((shard) => shard.kind === 'country');
  const printer = printerFor(scratch);
  const liveRecordFile = `${scratch}.live-record.json`;
  const buildRecord = `${scratch}.build-record.json`;
  try {
    const liveRecord = writeLiveRecord(releases, plan, shards, liveRecordFile);
    // A short render (a few shards, or shards whose unchanged pages come from the live release, as in a publish):
    // the printer opens while it runs. Opened after it, Chromium and its tabs held up a publish at the large scale
    // 1.2–1.4 s before its one changed sheet printed; opened during it, they slow the render a little, and the build
    // of four shards took 8.1 s instead of 8.8 s (means of eight in a warm builder). Through a long render it would
    // only hold its memory idle (full build of the large content: peak 3.5 → 4.1 GiB).
    const work = shardIds.reduce((sum, id) => sum + (plan.weights[id] ?? 1), 0);
    if (countryShards.length > 0 && (liveRecord !== undefined || work <= batchWorthAStartup)) printer.open().catch(() => {});
    const log = await render({
      snapshotFile: release.snapshotFile,
      siteUrl: plan.siteUrl,
      shards: shardIds,
      outDir: scratch,
      liveRecord,
      buildRecord,
    });
    const renderedAt = performance.now();
    // Each shard's pages, listed once for its sheets, its assets and its count.
    const pages = new Map(shards.map((shard) => [shard.id, pagesOf(scratch, shardEntries(scratch, shard, plan.shape))]));
    const sheets = await printSheets(releases, plan, scratch, countryShards, pages, printer);
    const printedAt = performance.now();
    const built = readBuildRecord(buildRecord);
    const results = shards.map((shard) => collectShard(release, plan, scratch, shard, pages.get(shard.id) ?? [], sheets, built));
    // Only what the shards' pages use: a build also writes files no page of its shards names (an image's original).
    for (const asset of new Set(results.flatMap((result) => result.assets)))
      linkFile(path.join(scratch, asset), path.join(release.site, asset));
    for (const result of results) writeShardResult(release, result);
    return {
      release: release.id,
      shards: results,
      seconds: {
        render: (renderedAt - startedAt) / 1000,
        print: (printedAt - renderedAt) / 1000,
        total: (performance.now() - startedAt) / 1000,
      },
      log,
    };
  } finally {
    await printer.close();
    for (const file of [scratch, liveRecordFile, buildRecord]) rmSync(file, { recursive: true, force: true });
  }
}

/**
 * For the site build: the live release's site folder, with the key of each document page of these shards there and
 * the hash of each one's search index, so that the build takes every page and index it would make the same instead of
 * making it again. Only from a live release built by the same code with the same settings (keys and hashes are of the
 * content alone); otherwise no file, and everything is made.
 */
function writeLiveRecord(releases: SiteReleases, plan: ReleasePlan, shards: readonly Shard[], file: string): string | undefined {
  const live = plan.live ? releaseById(releases, plan.live) : undefined;
  const manifest = live && readReleaseManifest(live.manifestFile);
  if (!live || manifest?.codeVersion !== plan.codeVersion) return undefined;
  const recorded = shards.flatMap((shard) => {
    const record = manifest.shards[shard.id];
    return record ? [{ id: shard.id, ...record }] : [];
  });
  const record: LiveRecord = {
    site: live.site,
    pageKeys: Object.assign({}, ...recorded.map((shard) => shard.pageKeys)),
    searchIndexes: Object.fromEntries(recorded.flatMap((shard) => (shard.searchIndex ? [[shard.id, shard.searchIndex]] : []))),
  };
  writeFileSync(file, JSON.stringify(record));
  return file;
}

function readBuildRecord(file: string): BuildRecord {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildRecord) : emptyBuildRecord();
}

/**
 * The build's printer, opened when first asked for. The printing code (playwright-core, pdf-lib: 120 MB and 0.6 s to
 * load) is loaded then too, not while a full build's pages render: its process waits through minutes of rendering
 * before it prints anything.
 */
function printerFor(siteDir: string): { open(): Promise<SheetPrinter>; close(): Promise<void> } {
  let opened: Promise<SheetPrinter> | undefined;
  return {
    open: () => {
      opened ??= import('../print/sheetPdfs.ts').then(({ openSheetPrinter }) => openSheetPrinter(siteDir));
      return opened;
    },
    close: async () => {
      await opened?.then((printer) => printer.close()).catch(() => {});
    },
  };
}

interface PrintedSheets {
  hashes: Record<string, string>;
  printed: Set<string>;
}

/**
 * The sheets' PDFs, beside their pages in the scratch build. A sheet whose page is byte for byte the one the live
 * release printed, with the same printing code and paper, gets the live PDF linked instead of printed again.
 */
async function printSheets(
  releases: SiteReleases,
  plan: ReleasePlan,
  scratch: string,
  shards: CountryShard[],
  pages: ReadonlyMap<string, readonly string[]>,
  printer: { open(): Promise<SheetPrinter> },
): Promise<PrintedSheets> {
  const live = plan.live ? releaseById(releases, plan.live) : undefined;
  const liveManifest = live && readReleaseManifest(live.manifestFile);
  const samePrinter = liveManifest?.printer === plan.printer;
  const hashes: Record<string, string> = {};
  const toPrint: string[] = [];
  for (const shard of shards) {
    const earlier = samePrinter ? liveManifest?.shards[shard.id]?.sheets : undefined;
    for (const sheet of sheetsAmong(scratch, pages.get(shard.id) ?? [])) {
      const hash = sheetHashOf(path.join(scratch, sheet, 'index.html'));
      hashes[sheet] = hash;
      const livePdf = live && path.join(live.site, paths.sheetPdf(sheet));
      if (livePdf && earlier?.[sheet] === hash && existsSync(livePdf)) linkFile(livePdf, path.join(scratch, paths.sheetPdf(sheet)));
      else toPrint.push(sheet);
    }
  }
  if (toPrint.length > 0) await (await printer.open()).print({ sheets: toPrint, format: plan.paper });
  return { hashes, printed: new Set(toPrint) };
}

const sheetHashOf = rememberByFile('sheetHashes', (page) => createHash('sha256').update(page).digest('hex'), 50_000);

function collectShard(
  release: Release,
  plan: ReleasePlan,
  scratch: string,
  shard: Shard,
  pages: readonly string[],
  sheets: PrintedSheets,
  built: BuildRecord,
): ShardResult {
  const entries = shardEntries(scratch, shard, plan.shape);
  const assets = shardAssets(scratch, pages, { everyScript: shard.kind === 'site' });
  const prefix = shard.kind === 'country' ? paths.country(shard.lang, shard.country) : undefined;
  const own = (address: string) => prefix !== undefined && address.startsWith(prefix);
  const ownSheets = Object.fromEntries(Object.entries(sheets.hashes).filter(([sheet]) => own(sheet)));
  const pageKeys = Object.fromEntries(Object.entries(built.pageKeys).filter(([page]) => own(page)));
  const searchIndex = built.searchIndexes[shard.id];
  for (const entry of entries) {
    const target = path.join(release.site, entry);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(path.join(scratch, entry), target);
  }
  const printed = Object.keys(ownSheets).filter((sheet) => sheets.printed.has(sheet)).length;
  return {
    shard: shard.id,
    fingerprint: plan.fingerprints[shard.id] ?? '',
    assets,
    sheets: ownSheets,
    pageKeys,
    ...(searchIndex === undefined ? {} : { searchIndex }),
    pages: pages.length,
    pagesReused: built.reusedPages.filter(own).length,
    sheetsPrinted: printed,
    sheetsReused: Object.keys(ownSheets).length - printed,
  };
}
