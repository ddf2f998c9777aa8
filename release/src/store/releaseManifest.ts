import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * What a live release records about itself (`release.json`), for the next release to know what it may reuse: each
 * shard's fingerprint, the shared assets its pages use, the hash of each sheet page whose PDF it printed, and the key
 * of each document page.
 */
const shardRecord = z.object({
  fingerprint: z.string(),
  assets: z.array(z.string()),
  /** Hash of each printed sheet page's HTML, by site path of the sheet. */
  sheets: z.record(z.string(), z.string()),
  /**
   * The key of each page that shows one document (the site's `snapshot/documentPages.ts`), by its site path: a
   * release built by the same code takes the page from this one while its key is the same. None in releases from
   * before page keys.
   */
  pageKeys: z.record(z.string(), z.string()).default({}),
  /** A hash of the pages its search index was built from: a release with the same pages takes the index as it is. */
  searchIndex: z.string().optional(),
});

export const releaseManifestSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  finishedAt: z.string(),
  /** The site's code, the build settings and the printing code: when it changes, every shard is rebuilt. */
  codeVersion: z.string(),
  /** The printing code and paper: a sheet's PDF is reused only when this and its page are the same. */
  printer: z.string(),
  /** The shards this release built; the others it took from the release before it. */
  rebuilt: z.array(z.string()),
  shards: z.record(z.string(), shardRecord),
});

export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;
export type ShardRecord = z.infer<typeof shardRecord>;

/** A release's manifest, or undefined when it has none (a release from before shards) or it cannot be read. */
export function readReleaseManifest(file: string): ReleaseManifest | undefined {
  try {
    return releaseManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}
