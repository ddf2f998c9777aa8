import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readSiteEnv } from './src/env.ts';
import { formActionSources } from './src/features/report/formAction.ts';
import { contentSnapshot } from './src/integrations/contentSnapshot.ts';
import { reusedPages } from './src/integrations/reusedPages.ts';
import { searchAndOffline } from './src/integrations/searchAndOffline.ts';
import { shardSitemaps } from './src/integrations/shardSitemaps.ts';
import { siteOriginInCss } from './src/integrations/siteOriginInCss.ts';

const env = readSiteEnv();

export default defineConfig({
  site: env.siteUrl.href,
  outDir: env.outDir,
  ...(env.astroCacheDir ? { cacheDir: env.astroCacheDir } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    concurrency: 8,
    // Pages carry their few KB of CSS inline: on 2G a second request for a stylesheet costs more than the bytes.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // A Content-Security-Policy in a <meta> element of every page: Astro adds the hashes of the styles it inlines and
  // of any inline script, so nothing injected into a page can run. Pagefind compiles its WebAssembly at run time
  // ('wasm-unsafe-eval') and runs it in a worker of the site's own. A <meta> policy cannot carry frame-ancestors:
  // the static server sends the full policy as headers (scripts/src/lib/securityHeaders.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        // The report form is sent to the site itself, or to the CMS address a static host is configured with.
        `form-action ${formActionSources(env)}`,
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The search script imports Pagefind at run time. Astro would inline that script into the page before Vite has
  // finished rewriting the import (leaving a broken placeholder), so scripts stay files of their own.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [siteOriginInCss(env.siteUrl)] },
  // Reused pages come first, as the sitemaps, search and offline lists read the built pages; search and offline come
  // last: the service worker is written once every other file of the site is.
  integrations: [
    contentSnapshot(env.snapshotPath),
    reusedPages(env.snapshotPath),
    mdx(),
    shardSitemaps(env.snapshotPath, env.siteUrl),
    ...(env.afterBuildApart ? [] : [searchAndOffline(env.snapshotPath)]),
  ],
});
