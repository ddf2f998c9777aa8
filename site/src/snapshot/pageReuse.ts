import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { type LiveRecord, processSlot, type Snapshot } from '@infohub/content-schemas';
import { readSiteEnv } from '~/env.ts';
import { readLiveRecord } from '~/integrations/buildRecord.ts';
import { type DocumentPageKind, documentPageContent, documentPageKey, documentPageKinds } from './documentPages.ts';
import { countryShardsToRender, shardContent } from './shards.ts';
import { loadSnapshot } from './snapshot.ts';

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
const decidedInProcess = processSlot<Decided>('documentPages');

/** Every document page of the shards this build renders, with its key and whether it is taken from the live release. */
export function documentPagesOfBuild(snapshot: Snapshot = loadSnapshot()): Map<string, DocumentPage> {
  const env = readSiteEnv();
  const version = JSON.stringify([env.snapshotPath, snapshot.generatedAt, env.shards ?? null, fileVersion(env.liveRecord)]);
  const decided = decidedInProcess.get();
  if (decided?.version === version) return decided.pages;
  const live = readLiveRecord();
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
        const reused = live !== undefined && live.pageKeys[pagePath] === key && existsSync(livePageFile(live, pagePath));
        pages.set(pagePath, { path: pagePath, key, reused });
      }
    }
  }
  return decidedInProcess.set({ version, pages }).pages;
}

/** A document page route's paths without the pages the live release already has as they would be rendered now. */
export function pagesToRender<Route extends { params: { lang: string; country: string; slug: string } }>(
  kind: DocumentPageKind,
  routes: Route[],
): Route[] {
  if (readSiteEnv().liveRecord === undefined) return routes;
  const pages = documentPagesOfBuild();
  const pathOf = documentPageKinds[kind].path;
  return routes.filter(({ params }) => !pages.get(pathOf(params.lang, params.country, params.slug))?.reused);
}

export function livePageFile(live: LiveRecord, pagePath: string): string {
  return path.join(live.site, pagePath, 'index.html');
}

function fileVersion(file: string | undefined): string | null {
  if (file === undefined) return null;
  const { size, mtimeMs } = statSync(file);
  return `${file}:${size}:${mtimeMs}`;
}
