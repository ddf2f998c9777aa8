import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readSiteEnv } from './src/env.ts';
import { contentSnapshot } from './src/integrations/contentSnapshot.ts';
import { offlineSupport } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const env = readSiteEnv();

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
  // Offline comes last: its service worker is written once every other file of the site is.
  integrations: [contentSnapshot(env.snapshotPath), mdx(), pagefindIndex(), offlineSupport(env.snapshotPath)],
});
