import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listShards, paths, type Shard, type Snapshot, switchLocale } from '@infohub/content-schemas';
import type { AstroIntegration } from 'astro';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { shardsToRender } from '~/snapshot/shards.ts';
import { loadSnapshot } from '~/snapshot/snapshot.ts';

/**
 * One sitemap per shard, written with the shard's pages: `/{lang}/{country}/sitemap.xml` for a country in one
 * language, `/sitemap-site.xml` and the index of them all for the site-wide shard. Each page lists the languages it
 * exists in (a country's pages exist in each of its languages, the site's own in every language), taken from the
 * snapshot, so no sitemap depends on another shard's output. The root only sends readers on to a language, the
 * offline pages stand in for pages a phone never kept, and the thank-you pages follow a report: none is listed.
 */
export function shardSitemaps(snapshotPath: string, siteUrl: URL): AstroIntegration {
  return {
    name: 'infohub:shard-sitemaps',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const snapshot = loadSnapshot(snapshotPath);
        const shards = shardsToRender(snapshot);
        for (const shard of shards) await writeShardSitemap(siteDir, snapshot, shard, siteUrl);
        if (shards.some((shard) => shard.kind === 'site')) await writeSitemapIndex(siteDir, snapshot, siteUrl);
        logger.info(`Wrote the sitemaps of ${shards.length} shards.`);
      },
    },
  };
}

async function writeShardSitemap(siteDir: string, snapshot: Snapshot, shard: Shard, siteUrl: URL): Promise<void> {
  const pages =
    shard.kind === 'site' ? await sitePages(siteDir, snapshot) : await pagesUnder(siteDir, paths.country(shard.lang, shard.country));
  const siteLanguages = snapshot.locales.map((locale) => locale.code);
  const languages =
    shard.kind === 'site' ? siteLanguages : (snapshot.countries.find((country) => country.slug === shard.country)?.locales ?? []);
  const from = shard.kind === 'site' ? undefined : shard.lang;
  const items = pages
    .filter(
      (page) => !siteLanguages.some((code) => [paths.offline(code), paths.reportSent(code), paths.reportNotSent(code)].includes(page)),
    )
    .map((page) => {
      const lang = from ?? page.split('/')[1] ?? snapshot.defaultLocale;
      return {
        url: new URL(page, siteUrl).href,
        links: languages.map((code) => ({ lang: code, url: new URL(switchLocale(page, lang, code), siteUrl).href })),
      };
    });
  const file = shard.kind === 'site' ? paths.siteSitemap() : paths.countrySitemap(shard.lang, shard.country);
  const sitemap = new SitemapStream({ xmlns: { xhtml: true, news: false, video: false, image: false } });
  for (const item of items) sitemap.write(item);
  sitemap.end();
  await writeFile(path.join(siteDir, file), await streamToPromise(sitemap));
}

async function writeSitemapIndex(siteDir: string, snapshot: Snapshot, siteUrl: URL): Promise<void> {
  const index = new SitemapIndexStream();
  for (const shard of listShards(snapshot)) {
    const file = shard.kind === 'site' ? paths.siteSitemap() : paths.countrySitemap(shard.lang, shard.country);
    index.write({ url: new URL(file, siteUrl).href });
  }
  index.end();
  await mkdir(siteDir, { recursive: true });
  await writeFile(path.join(siteDir, paths.sitemapIndex()), await streamToPromise(index));
}

/** The site-wide shard's pages: each language's home and the pages beside it that are not a country's folder. */
async function sitePages(siteDir: string, snapshot: Snapshot): Promise<string[]> {
  const countries = new Set(snapshot.countries.map((country) => country.slug));
  const pages: string[] = [];
  for (const { code } of snapshot.locales) {
    const entries = await readdir(path.join(siteDir, code), { withFileTypes: true });
    if (entries.some((entry) => entry.isFile() && entry.name === 'index.html')) pages.push(paths.home(code));
    for (const entry of entries) {
      if (entry.isDirectory() && !countries.has(entry.name)) pages.push(`${paths.home(code)}${entry.name}/`);
    }
  }
  return pages.sort();
}

/** The addresses of the built pages under a folder, sorted. */
async function pagesUnder(siteDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(siteDir, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${path.relative(siteDir, entry.parentPath).split(path.sep).join('/')}/`)
    .sort();
}
