import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSiteEnv } from '~/env.ts';

/**
 * What a build records for the release that follows it, beside its files (`INFOHUB_BUILD_RECORD`): the key of each
 * document page (`snapshot/documentPages.ts`) and a hash of what each search index was built from. A release built by
 * the same code hands the live release's record back (`INFOHUB_LIVE_RECORD`), and the build takes from the live
 * release every page and search index whose key or hash is the same instead of making it again.
 */
export interface BuildRecord {
  /** Document page address → key. */
  pageKeys: Record<string, string>;
  /** The document pages this build took from the live release instead of rendering them. */
  reusedPages: string[];
  /** `lang/country` → hash of the pages its search index was built from. */
  searchIndexes: Record<string, string>;
}

export interface LiveRecord extends Omit<BuildRecord, 'reusedPages'> {
  /** The live release's site folder. */
  site: string;
}

/** The live release's record, when this build may take from it. */
export function readLiveRecord(): LiveRecord | undefined {
  const file = readSiteEnv().liveRecord;
  return file === undefined ? undefined : (JSON.parse(readFileSync(file, 'utf8')) as LiveRecord);
}

/** Adds to this build's record, when the release asked for one. */
export function addToBuildRecord(part: Partial<BuildRecord>): void {
  const file = readSiteEnv().buildRecord;
  if (file === undefined) return;
  const recorded: BuildRecord = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as BuildRecord)
    : { pageKeys: {}, reusedPages: [], searchIndexes: {} };
  writeFileSync(file, JSON.stringify({ ...recorded, ...part }));
}

/**
 * Puts a live release's file (or folder, file by file) into the build as a hard link, as the release does with
 * unchanged shards: nothing in a build writes into a file once it is written.
 */
export function linkFromLive(from: string, to: string): void {
  if (statSync(from).isDirectory()) {
    for (const name of readdirSync(from)) linkFromLive(path.join(from, name), path.join(to, name));
    return;
  }
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    // Another file system than the live release's: the same bytes, copied.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}
