/**
 * What a site build records for the release that follows it, beside its files (`INFOHUB_BUILD_RECORD`): the key of
 * each document page (the site's `snapshot/documentPages.ts`) and a hash of what each search index was built from.
 * The release keeps it in `release.json`, and hands a later build of the same code the live release's part of it
 * (`INFOHUB_LIVE_RECORD`), from which the build takes every page and search index whose key or hash is the same
 * instead of making it again. One shape for the site, which writes and reads these files, and the release package.
 */
export interface BuildRecord {
  /** Document page address → key. */
  pageKeys: Record<string, string>;
  /** The document pages this build took from the live release instead of rendering them. */
  reusedPages: string[];
  /** `lang/country` → hash of the pages its search index was built from. */
  searchIndexes: Record<string, string>;
}

/** The live release's record, as a build is handed it. */
export interface LiveRecord extends Omit<BuildRecord, 'reusedPages'> {
  /** The live release's site folder. */
  site: string;
}

/** The record of a build that has recorded nothing yet. */
export function emptyBuildRecord(): BuildRecord {
  return { pageKeys: {}, reusedPages: [], searchIndexes: {} };
}
