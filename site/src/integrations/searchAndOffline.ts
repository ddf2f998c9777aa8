import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { writeOfflineFiles } from '~/features/offline/integration.ts';
import { indexSearch } from '~/features/search/integration.ts';

type Logger = Pick<AstroIntegrationLogger, 'info'>;

/**
 * The end of a site build: the search index and the offline files, of the pages the build wrote. They run side by
 * side: Pagefind indexes in a process of its own while this one reads the pages the offline lists name, and the
 * lists, which name the search index's files, are written once it is (`writeOfflineFiles`).
 */
export async function indexAndListPages(siteDir: string, snapshotPath: string, loggerFor: (name: string) => Logger): Promise<void> {
  const indexed = indexSearch(siteDir, snapshotPath, loggerFor('infohub:pagefind'));
  await Promise.all([indexed, writeOfflineFiles(siteDir, snapshotPath, loggerFor('infohub:offline'), indexed)]);
}

/**
 * The same, as the build's last integration (the offline service worker is written once every other file of the
 * site is), unless the build was told to leave it to `afterBuild.ts`.
 */
export function searchAndOffline(snapshotPath: string): AstroIntegration {
  return {
    name: 'infohub:search-and-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => indexAndListPages(fileURLToPath(dir), snapshotPath, (name) => logger.fork(name)),
    },
  };
}
