/**
 * Site build figures: one full build of a snapshot (Astro, then the Pagefind index its integration writes, then the
 * PDF sheets), and a rebuild after one document changed.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '@infohub/content-schemas';
import { repoRoot } from '../workspace.ts';
import { measureStep, type OutputLine, type ProcessMeasurement } from './measureProcess.ts';

export interface BuildFigures {
  /** What was built ("demo", "large", …). */
  content: string;
  htmlPages: number;
  totalSeconds: number;
  astroSeconds: number;
  /** Undefined when the build's output did not show when Pagefind finished. */
  pagefindSeconds: number | undefined;
  pdfSeconds: number;
  pagesPerSecond: number;
  peakTreeMiB: number;
  peakAstroMiB: number;
  peakPagefindMiB: number;
}

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

export function countHtmlPages(siteDir: string): number {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** The printable sheets' PDFs, the last step of a site build, as a command of its own so Chromium's memory counts. */
export function buildPdfs(siteDir: string): Promise<ProcessMeasurement> {
  const args = [`${repoRoot}scripts/src/renderSheetPdfs.ts`, siteDir];
  return measureStep('Render the sheets to PDF', process.execPath, args);
}

/**
 * Pagefind's integration runs in Astro's `astro:build:done` hook and logs one line, whatever it says, when its
 * indexes are written; the line Astro printed just before it marks when the pages were done.
 */
const pagefindDone = /\[infohub:pagefind\]/;

/** Undefined when the integration's line is missing (its logging changed): better no figure than a wrong one. */
export function pagefindMilliseconds(lines: readonly OutputLine[]): number | undefined {
  const done = lines.findIndex((line) => pagefindDone.test(line.text));
  if (done < 1) return undefined;
  return (lines[done]?.at ?? 0) - (lines[done - 1]?.at ?? 0);
}

export async function buildSite(content: string, snapshotFile: string, siteDir: string): Promise<BuildFigures> {
  rmSync(siteDir, { recursive: true, force: true });
  const build = await measureStep(`Build the site (${content})`, 'pnpm', ['--filter', '@infohub/site', 'run', 'build'], {
    env: {
      INFOHUB_SNAPSHOT: snapshotFile,
      INFOHUB_SITE_DIR: siteDir,
      INFOHUB_SITE_URL: 'http://localhost:4321',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const pagefindMs = pagefindMilliseconds(build.lines);
  const pdf = await buildPdfs(siteDir);
  const htmlPages = countHtmlPages(siteDir);
  const totalMs = build.milliseconds + pdf.milliseconds;
  const pagefindName = Object.keys(build.peakRssByName).find((name) => name.startsWith('pagefind'));
  return {
    content,
    htmlPages,
    totalSeconds: totalMs / 1000,
    astroSeconds: (build.milliseconds - (pagefindMs ?? 0)) / 1000,
    pagefindSeconds: pagefindMs === undefined ? undefined : pagefindMs / 1000,
    pdfSeconds: pdf.milliseconds / 1000,
    pagesPerSecond: htmlPages / (totalMs / 1000),
    peakTreeMiB: mib(Math.max(build.peakTreeRssBytes, pdf.peakTreeRssBytes)),
    // Node names its main thread "MainThread": Astro is the largest process that is not Pagefind.
    peakAstroMiB: mib(
      Math.max(
        0,
        ...Object.entries(build.peakRssByName)
          .filter(([name]) => name !== pagefindName)
          .map(([, bytes]) => bytes),
      ),
    ),
    peakPagefindMiB: mib(pagefindName ? (build.peakRssByName[pagefindName] ?? 0) : 0),
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

/** Astro has no incremental build: a changed document means a full build, which this times. */
export async function rebuildAfterOneChange(content: string, snapshotFile: string, siteDir: string): Promise<BuildFigures> {
  const changedFile = path.join(path.dirname(snapshotFile), 'snapshot-one-change.json');
  withOneGuideChanged(snapshotFile, changedFile);
  // Into a folder of its own beside the live one, as a publish builds a new release and copies unchanged PDFs.
  const releaseDir = `${siteDir}-one-change`;
  try {
    return await buildSite(`${content}, one guide changed`, changedFile, releaseDir);
  } finally {
    rmSync(releaseDir, { recursive: true, force: true });
  }
}
