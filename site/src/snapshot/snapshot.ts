import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSnapshot, type Snapshot, SnapshotError, validateSnapshot } from '@infohub/content-schemas';
import { readSiteEnv } from '~/env.ts';
import { checkUiStrings } from '~/i18n/strings.ts';
import { findImageProblems } from './imageProblems.ts';
import { findBrokenInternalLinks } from './internalLinks.ts';

const loaded = new Map<string, Snapshot>();

/**
 * The content snapshot the site is built from, read once per build: checked against the shared snapshot format
 * (shapes, phone numbers, opening hours, slugs, references) and for what only the site knows (links to its own
 * pages, words for every language). Every problem is listed in one error.
 */
export function loadSnapshot(snapshotPath = readSiteEnv().snapshotPath): Snapshot {
  const cached = loaded.get(snapshotPath);
  if (cached) return cached;
  const snapshot = parseSnapshot(readJson(snapshotPath), snapshotPath, [siteChecks()]);
  checkUiStrings(snapshot.locales.map((locale) => locale.code));
  loaded.set(snapshotPath, snapshot);
  return snapshot;
}

/**
 * Everything loadSnapshot checks, and the images too (decoding every one takes a while, so once, before the
 * build): the build stops with one list of every problem in the snapshot, images included.
 */
export async function checkSnapshot(snapshotPath: string): Promise<Snapshot> {
  const input = readJson(snapshotPath);
  const result = validateSnapshot(input, [siteChecks()]);
  const problems = [...(result.success ? [] : result.problems), ...(await findImageProblems(input, path.dirname(snapshotPath)))];
  if (problems.length > 0) throw new SnapshotError(snapshotPath, problems);
  return loadSnapshot(snapshotPath);
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
