import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { loadSnapshot } from './src/content/snapshot.ts';
import { readSiteEnv } from './src/env.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const env = readSiteEnv();
// Loading here checks the snapshot (and the words for each of its languages) before anything renders, so a bad
// snapshot stops the build with every problem listed, not with the first page that trips on it.
const snapshot = loadSnapshot(env.snapshotPath);
const localeCodes = snapshot.locales.map((locale) => locale.code);

export default defineConfig({
  site: env.siteUrl.href,
  outDir: env.outDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages carry their few KB of CSS inline: on 2G a second request for a stylesheet costs more than the bytes.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // The search script imports Pagefind at run time. Astro would inline that script into the page before Vite has
  // finished rewriting the import (leaving a broken placeholder), so scripts stay files of their own.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    sitemap({
      // The root only sends readers on to a language; the sitemap lists the pages themselves.
      filter: (page) => new URL(page).pathname !== '/',
      i18n: { defaultLocale: snapshot.defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
    }),
    pagefindIndex(),
  ],
});
