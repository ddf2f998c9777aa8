import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSnapshot, processSlot, type Snapshot, SnapshotError, validateSnapshot } from '@infohub/content-schemas';
import { readSiteEnv } from '~/env.ts';
import { checkUiStrings } from '~/i18n/strings.ts';
import { findImageProblems } from './imageProblems.ts';
import { findBrokenInternalLinks } from './internalLinks.ts';

/**
 * The snapshot checked last in this process. A build reads it in two copies of this module, the integration's
 * (which checks it before the build) and the pages' bundle, and a shard builder runs build after build: kept
 * process-wide, it is checked once per build, and only the latest is held. It is known by its file's path, size
 * and modification time, with the settings it was checked with (the site address its links were checked against,
 * the languages it was given words for).
 */
interface CheckedSnapshot {
  version: string;
  snapshot: Snapshot;
}
const checkedInProcess = processSlot<CheckedSnapshot>('checkedSnapshot');

function fileVersion(snapshotPath: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(snapshotPath);
    const { siteUrl, extraUiStringsDir } = readSiteEnv();
    return JSON.stringify([snapshotPath, size, mtimeMs, siteUrl.href, extraUiStringsDir ?? null]);
  } catch {
    // readJson says why the file cannot be read.
    return undefined;
  }
}

function remember(version: string | undefined, snapshot: Snapshot): Snapshot {
  checkUiStrings(snapshot.locales.map((locale) => locale.code));
  if (version !== undefined) checkedInProcess.set({ version, snapshot });
  return snapshot;
}

/**
 * The content snapshot the site is built from: checked against the shared snapshot format (shapes, phone numbers,
 * opening hours, slugs, references) and for what only the site knows (links to its own pages, words for every
 * language). Every problem is listed in one error.
 */
export function loadSnapshot(snapshotPath = readSiteEnv().snapshotPath): Snapshot {
  const version = fileVersion(snapshotPath);
  const checked = checkedInProcess.get();
  if (checked && checked.version === version) return checked.snapshot;
  return remember(version, parseSnapshot(readJson(snapshotPath), snapshotPath, [siteChecks()]));
}

/**
 * The snapshot a build has just checked, read again without checking it, for a step that finishes that build in a
 * process of its own (`afterBuild.ts`). Nothing writes a snapshot file in between: the release places each one once.
 */
export function loadCheckedSnapshot(snapshotPath: string): Snapshot {
  return remember(fileVersion(snapshotPath), readJson(snapshotPath) as Snapshot);
}

/**
 * Everything loadSnapshot checks, and the images too (decoding every one takes a while, so once, before the
 * build): the build stops with one list of every problem in the snapshot, images included.
 */
export async function checkSnapshot(snapshotPath: string): Promise<Snapshot> {
  const version = fileVersion(snapshotPath);
  const input = readJson(snapshotPath);
  const result = validateSnapshot(input, [siteChecks()]);
  const problems = [...(result.success ? [] : result.problems), ...(await findImageProblems(input, path.dirname(snapshotPath)))];
  if (!result.success || problems.length > 0) throw new SnapshotError(snapshotPath, problems);
  return remember(version, result.snapshot);
}

function siteChecks() {
  const { siteUrl } = readSiteEnv();
  return (snapshot: Snapshot) => findBrokenInternalLinks(snapshot, siteUrl.href);
}

function readJson(snapshotPath: string): unknown {
  let text: string;
  try {
    text = readFileSync(snapshotPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String(error);
    throw new Error(
      `Cannot read the content snapshot ${snapshotPath}: ${reason}. Export one from the CMS, or set INFOHUB_SNAPSHOT to its path.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`The content snapshot ${snapshotPath} is not valid JSON: ${(error as Error).message}`);
  }
}
