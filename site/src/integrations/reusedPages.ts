import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteEnv } from '~/env.ts';
import { documentPagesOfBuild, livePageFile, readLivePages } from '~/snapshot/pageReuse.ts';
import { loadSnapshot } from '~/snapshot/snapshot.ts';

const assetReference = /\/_astro\/[^"'\s),?#]+/g;

/**
 * Puts the document pages the build took from the live release (`snapshot/pageReuse.ts`) where Astro would have
 * written them, with the images they show, before the sitemaps, search index and offline lists read the built site
 * (it must come before those integrations); then writes every document page's key for the release to record.
 * A page is hard-linked, as unchanged shards are: no build writes into a page after it is written.
 */
export function reusedPages(snapshotPath: string): AstroIntegration {
  return {
    name: 'infohub:reused-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const env = readSiteEnv();
        if (env.reusePagesFrom === undefined && env.pageKeysTo === undefined) return;
        const pages = [...documentPagesOfBuild(loadSnapshot(snapshotPath)).values()];
        const reused = pages.filter((page) => page.reused);
        if (reused.length > 0 && env.reusePagesFrom !== undefined) {
          const live = readLivePages(env.reusePagesFrom);
          for (const page of reused) {
            const from = livePageFile(live, page.path);
            if (!existsSync(from)) throw new Error(`The live page ${page.path} was to be reused, but ${from} is gone.`);
            const to = path.join(siteDir, page.path, 'index.html');
            link(from, to);
            for (const [asset] of readFileSync(to, 'utf8').matchAll(assetReference)) {
              if (!existsSync(path.join(siteDir, asset))) link(path.join(live.site, asset), path.join(siteDir, asset));
            }
          }
        }
        if (env.pageKeysTo !== undefined) {
          writeFileSync(env.pageKeysTo, JSON.stringify(Object.fromEntries(pages.map((page) => [page.path, page.key]))));
        }
        logger.info(`Took ${reused.length} of ${pages.length} document pages from the live release; rendered the others.`);
      },
    },
  };
}

function link(from: string, to: string) {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    // Another file system than the live release's: the same bytes, copied.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}
