import sitemap from '@astrojs/sitemap';
import { paths } from '@infohub/content-schemas';
import type { AstroIntegration } from 'astro';
import { checkSnapshot } from '../content/snapshot.ts';

/**
 * Reads and checks the content snapshot, images included, as soon as Astro starts a build or dev server, so a bad
 * snapshot stops everything with every problem listed, before any page renders. The sitemap is added here because its language
 * alternates come from the snapshot. Type checking (`astro sync`/`astro check`) needs no content and skips this.
 */
export function contentSnapshot(snapshotPath: string): AstroIntegration {
  return {
    name: 'infohub:content-snapshot',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, addWatchFile }) => {
        if (command === 'sync') return;
        const snapshot = await checkSnapshot(snapshotPath);
        addWatchFile(snapshotPath);
        const localeCodes = snapshot.locales.map((locale) => locale.code);
        updateConfig({
          integrations: [
            sitemap({
              // The root only sends readers on to a language, and the offline pages stand in for pages the phone
              // never kept: the sitemap lists the pages themselves.
              filter: (page) => {
                const pathname = new URL(page).pathname;
                return pathname !== '/' && !localeCodes.some((code) => pathname === paths.offline(code));
              },
              i18n: { defaultLocale: snapshot.defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
            }),
          ],
        });
      },
    },
  };
}
