import { readFileSync } from 'node:fs';
import { formatProblems, parseSnapshot, type Snapshot } from '@infohub/content-schemas';
import { readSiteEnv } from '../env.ts';
import { findOpeningHoursProblems } from '../format/openingHours.ts';
import { checkUiStrings } from '../i18n/strings.ts';

const loaded = new Map<string, Snapshot>();

/**
 * The content snapshot the site is built from, read once per build and checked before any page renders: first
 * against the shared snapshot format, then for what only the site needs (words for every language, opening hours
 * it can read).
 */
export function loadSnapshot(snapshotPath = readSiteEnv().snapshotPath): Snapshot {
  const cached = loaded.get(snapshotPath);
  if (cached) return cached;
  const snapshot = parseSnapshot(readJson(snapshotPath), snapshotPath);
  checkUiStrings(snapshot.locales.map((locale) => locale.code));
  const hoursProblems = findOpeningHoursProblems(snapshot);
  if (hoursProblems.length > 0)
    throw new Error(`${snapshotPath} has opening hours the site cannot read:\n${formatProblems(hoursProblems)}`);
  loaded.set(snapshotPath, snapshot);
  return snapshot;
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
