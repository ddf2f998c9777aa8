import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteEnv } from '~/env.ts';
import { documentPagesOfBuild, livePageFile } from '~/snapshot/pageReuse.ts';
import { loadSnapshot } from '~/snapshot/snapshot.ts';
import { addToBuildRecord, linkFromLive, readLiveRecord } from './buildRecord.ts';

const assetReference = /\/_astro\/[^"'\s),?#]+/g;

/**
 * Puts the document pages the build took from the live release (`snapshot/pageReuse.ts`) where Astro would have
 * written them, with the images they show, before the sitemaps, search index and offline lists read the built site
 * (it must come before those integrations); then records every document page's key for the next release.
 */
export function reusedPages(snapshotPath: string): AstroIntegration {
  return {
    name: 'infohub:reused-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const env = readSiteEnv();
        if (env.liveRecord === undefined && env.buildRecord === undefined) return;
        const pages = [...documentPagesOfBuild(loadSnapshot(snapshotPath)).values()];
        const reused = pages.filter((page) => page.reused);
        const live = readLiveRecord();
        if (live) {
          for (const page of reused) {
            const from = livePageFile(live, page.path);
            if (!existsSync(from)) throw new Error(`The live page ${page.path} was to be reused, but ${from} is gone.`);
            const to = path.join(siteDir, page.path, 'index.html');
            linkFromLive(from, to);
            for (const [asset] of readFileSync(to, 'utf8').matchAll(assetReference)) {
              if (!existsSync(path.join(siteDir, asset))) linkFromLive(path.join(live.site, asset), path.join(siteDir, asset));
            }
          }
        }
        addToBuildRecord({
          pageKeys: Object.fromEntries(pages.map((page) => [page.path, page.key])),
          reusedPages: reused.map((page) => page.path),
        });
        logger.info(`Took ${reused.length} of ${pages.length} document pages from the live release; rendered the others.`);
      },
    },
  };
}
