/**
 * Site build figures, through the release pipeline that `pnpm start` and the CMS use (`infohub-release rebuild`):
 * a full build of a snapshot (every shard), and the release after one guide changed, built on top of it (only the
 * shards the change reaches; the others hard-linked from the live release).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Snapshot } from '@infohub/content-schemas';
import { measureStep, type OutputLine, peaksInMiB } from './measureProcess.ts';

export interface BuildFigures {
  /** What was built ("demo", "large", "large, one guide changed", …). */
  content: string;
  /** Pages the site has after this release. */
  htmlPages: number;
  /** Pages this release rendered (the others came from the live release). */
  pagesRendered: number;
  shardsRebuilt: number;
  shardsReused: number;
  totalSeconds: number;
  /** The longest site build (Astro, then Pagefind and sitemaps) of the release's parallel batches. */
  renderSeconds: number;
  /** The longest printing of sheet PDFs of those batches. */
  pdfSeconds: number;
  /** Rendered pages per second of the whole release. */
  pagesPerSecond: number;
  peakTreeMiB: number;
  /** The same peak counted as PSS: pages Chromium's processes share counted once (measureProcess.ts). */
  peakPssMiB: number;
}

const releaseCommand = createRequire(import.meta.url).resolve('@infohub/release/cli');

/** What `infohub-release rebuild --json` answers (see release/src/build/buildRelease.ts). */
interface RebuildAnswer {
  error?: string;
  rebuilt?: string[];
  reused?: string[];
  batches?: { shards: { pages: number }[]; seconds: { render: number; print: number } }[];
}

export function countHtmlPages(siteDir: string): number {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** The one JSON line the command writes on stdout (pnpm's own lines come before it). */
export function rebuildAnswer(lines: readonly OutputLine[]): RebuildAnswer {
  const json = lines.findLast((line) => line.text.trim().startsWith('{'));
  if (!json) throw new Error('The release command gave no JSON answer.');
  return JSON.parse(json.text) as RebuildAnswer;
}

/**
 * A release of the snapshot into the release store at `siteRoot`, as many shard builds at once as the machine has
 * cores; `rebuildAll` builds every shard whatever the live release holds.
 */
export async function buildSite(
  content: string,
  snapshotFile: string,
  siteRoot: string,
  { rebuildAll }: { rebuildAll: boolean },
): Promise<BuildFigures> {
  const args = [releaseCommand, 'rebuild', '--snapshot', snapshotFile, '--json'];
  // The command alone, as the CMS starts it: under pnpm, the tree measured would count pnpm's own 120 MB.
  const build = await measureStep(`Release the site (${content})`, process.execPath, rebuildAll ? [...args, '--rebuild-all'] : args, {
    env: { INFOHUB_SITE_ROOT: siteRoot, INFOHUB_SITE_URL: 'http://localhost:4321', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const answer = rebuildAnswer(build.lines);
  if (answer.error) throw new Error(`The release of ${content} failed: ${answer.error}`);
  const batches = answer.batches ?? [];
  const pagesRendered = batches.flatMap((batch) => batch.shards).reduce((sum, shard) => sum + shard.pages, 0);
  const totalSeconds = build.milliseconds / 1000;
  return {
    content,
    htmlPages: countHtmlPages(path.join(siteRoot, 'current')),
    pagesRendered,
    shardsRebuilt: answer.rebuilt?.length ?? 0,
    shardsReused: answer.reused?.length ?? 0,
    totalSeconds,
    renderSeconds: Math.max(0, ...batches.map((batch) => batch.seconds.render)),
    pdfSeconds: Math.max(0, ...batches.map((batch) => batch.seconds.print)),
    pagesPerSecond: pagesRendered / totalSeconds,
    ...peaksInMiB(build),
  };
}

/** A copy of the snapshot in which one guide's Spanish title and summary changed, as after one editor's publish. */
export function withOneGuideChanged(snapshotFile: string, changedFile: string): string {
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
  const guide = snapshot.guides[0];
  if (!guide) throw new Error(`${snapshotFile} has no guide to change.`);
  guide.title.es = `${guide.title.es} (actualizado)`;
  guide.summary.es = `${guide.summary.es} Actualizado hoy.`;
  guide.updatedAt = new Date(Date.parse(guide.updatedAt) + 60_000).toISOString();
  writeFileSync(changedFile, JSON.stringify(snapshot));
  return `${guide.country}/${guide.slug}`;
}

/** The release after one guide changed, on top of the live release `buildSite` made in the same store. */
export async function rebuildAfterOneChange(content: string, snapshotFile: string, siteRoot: string): Promise<BuildFigures> {
  const changedFile = path.join(path.dirname(path.dirname(snapshotFile)), 'one-change', 'snapshot.json');
  mkdirSync(path.dirname(changedFile), { recursive: true });
  withOneGuideChanged(snapshotFile, changedFile);
  return buildSite(`${content}, one guide changed`, changedFile, siteRoot, { rebuildAll: false });
}
