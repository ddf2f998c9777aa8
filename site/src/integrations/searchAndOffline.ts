import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readCountryPages, writeOfflineFiles } from '~/features/offline/integration.ts';
import { indexSearch } from '~/features/search/integration.ts';

type Logger = Pick<AstroIntegrationLogger, 'info'>;

/**
 * The end of a site build: the search index and the offline files, of the pages the build wrote. The offline lists'
 * pages are read while Pagefind indexes in a process of its own; the lists, which name the search index's files, are
 * written once it is done.
 */
export async function indexAndListPages(siteDir: string, snapshotPath: string, loggerFor: (name: string) => Logger): Promise<void> {
  const [countries] = await Promise.all([
    readCountryPages(siteDir, snapshotPath),
    indexSearch(siteDir, snapshotPath, loggerFor('infohub:pagefind')),
  ]);
  await writeOfflineFiles(siteDir, snapshotPath, loggerFor('infohub:offline'), countries);
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
