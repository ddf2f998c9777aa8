import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BuildRecord, emptyBuildRecord, type LiveRecord } from '@infohub/content-schemas';
import { readSiteEnv } from '~/env.ts';

/** The live release's record, when this build may take from it. */
export function readLiveRecord(): LiveRecord | undefined {
  const file = readSiteEnv().liveRecord;
  return file === undefined ? undefined : (JSON.parse(readFileSync(file, 'utf8')) as LiveRecord);
}

/** Adds to this build's record, when the release asked for one. */
export function addToBuildRecord(part: Partial<BuildRecord>): void {
  const file = readSiteEnv().buildRecord;
  if (file === undefined) return;
  const recorded: BuildRecord = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildRecord) : emptyBuildRecord();
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
