import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '@infohub/content-schemas';
import { readSiteEnv } from '~/env.ts';
import { type DocumentPageKind, documentPageContent, documentPageKey, documentPageKinds } from './documentPages.ts';
import { countryShardsToRender, shardContent } from './shards.ts';
import { loadSnapshot } from './snapshot.ts';

/**
 * The pages of the live release a build may take as they are (`INFOHUB_REUSE_PAGES`, written by the release builder):
 * the live site's folder, and the key each document page of the shards to build had when it was rendered there.
 */
export interface LivePages {
  site: string;
  keys: Record<string, string>;
}

export interface DocumentPage {
  /** Its address, as `paths` writes it (`/es/honduras/guides/pasaporte/`). */
  path: string;
  key: string;
  /** The live release has this page with the same key: the build links it instead of rendering it. */
  reused: boolean;
}

interface Decided {
  version: string;
  pages: Map<string, DocumentPage>;
}

// Worked out once per build and shared by the pages' bundle (which leaves reused pages out of getStaticPaths) and the
// integration (which then links them in): both run in one process, in two copies of this module.
const decidedKey = Symbol.for('infohub.documentPages');
const processGlobals = globalThis as { [decidedKey]?: Decided };

/** Every document page of the shards this build renders, with its key and whether it is taken from the live release. */
export function documentPagesOfBuild(snapshot: Snapshot = loadSnapshot()): Map<string, DocumentPage> {
  const env = readSiteEnv();
  const version = JSON.stringify([env.snapshotPath, snapshot.generatedAt, env.shards ?? null, inputVersion(env.reusePagesFrom)]);
  const decided = processGlobals[decidedKey];
  if (decided?.version === version) return decided.pages;
  const live = env.reusePagesFrom === undefined ? undefined : readLivePages(env.reusePagesFrom);
  const pages = new Map<string, DocumentPage>();
  for (const shard of countryShardsToRender(snapshot)) {
    const content = shardContent(snapshot, shard);
    for (const [kind, { collection, path: pathOf }] of Object.entries(documentPageKinds) as [
      DocumentPageKind,
      (typeof documentPageKinds)[DocumentPageKind],
    ][]) {
      for (const document of content[collection]) {
        if (document.country !== shard.country) continue;
        const pagePath = pathOf(shard.lang, shard.country, document.slug);
        const key = documentPageKey(documentPageContent(content, kind, document.slug), env.snapshotPath);
        const reused = live !== undefined && live.keys[pagePath] === key && existsSync(livePageFile(live, pagePath));
        pages.set(pagePath, { path: pagePath, key, reused });
      }
    }
  }
  processGlobals[decidedKey] = { version, pages };
  return pages;
}

/** A document page route's paths without the pages the live release already has as they would be rendered now. */
export function pagesToRender<Route extends { params: { lang: string; country: string; slug: string } }>(
  kind: DocumentPageKind,
  routes: Route[],
): Route[] {
  if (readSiteEnv().reusePagesFrom === undefined) return routes;
  const pages = documentPagesOfBuild();
  const pathOf = documentPageKinds[kind].path;
  return routes.filter(({ params }) => !pages.get(pathOf(params.lang, params.country, params.slug))?.reused);
}

export function livePageFile(live: LivePages, pagePath: string): string {
  return path.join(live.site, pagePath, 'index.html');
}

export function readLivePages(file: string): LivePages {
  return JSON.parse(readFileSync(file, 'utf8')) as LivePages;
}

function inputVersion(file: string | undefined): string | null {
  if (file === undefined) return null;
  const { size, mtimeMs } = statSync(file);
  return `${file}:${size}:${mtimeMs}`;
}
