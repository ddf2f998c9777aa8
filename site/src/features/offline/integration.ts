import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPrintPath, paths } from '@infohub/content-schemas';
import type { AstroIntegrationLogger } from 'astro';
import { build } from 'rolldown';
import sharp from 'sharp';
import { injectManifest } from 'workbox-build';
import { getUiStrings } from '~/i18n/strings.ts';
import { countryShardsToRender, rendersSiteShard, shardCountry } from '~/snapshot/shards.ts';
import { loadSnapshot } from '~/snapshot/snapshot.ts';
import type { CountryPageList, SavedImage } from './offlineStore.ts';

const serviceWorkerSource = fileURLToPath(new URL('./service-worker/sw.ts', import.meta.url));
const iconSource = fileURLToPath(new URL('./service-worker/icon.svg', import.meta.url));
const iconSizes = [192, 512] as const;
const themeColor = '#1d4f91';

/**
 * Offline reading, written into the built site: for each country and language the list of pages "save this country"
 * stores, the web manifest and its icons, and the service worker with Workbox's precache list (the offline pages,
 * the manifest and icons: a few KB in all). A country's list belongs to its shard; the manifest, icons and service
 * worker to the site-wide shard.
 *
 * A list also names the country's search index files, so it is written once Pagefind has written them; its pages can
 * be read before (`readCountryPages`), while Pagefind indexes (`integrations/searchAndOffline.ts`).
 */
export async function writeOfflineFiles(
  siteDir: string,
  snapshotPath: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
  countries: readonly CountryPages[],
): Promise<void> {
  const snapshot = loadSnapshot(snapshotPath);
  for (const country of countries) await writeCountryPageList(siteDir, country);
  if (!rendersSiteShard(snapshot)) return logger.info(`Wrote ${countries.length} offline page lists.`);
  await writeManifest(siteDir, snapshot.defaultLocale);
  const precached = await writeServiceWorker(
    siteDir,
    snapshot.locales.map((locale) => locale.code),
    snapshot.defaultLocale,
  );
  logger.info(`Wrote ${countries.length} offline page lists and the service worker (${precached} precached files).`);
}

/** A country's list as its pages give it; the files its pages fetch are added once the search index is written. */
export type CountryPages = Omit<CountryPageList, 'files'>;

/** The offline lists of the shards the build renders, as their built pages give them. */
export async function readCountryPages(siteDir: string, snapshotPath: string): Promise<CountryPages[]> {
  const snapshot = loadSnapshot(snapshotPath);
  const countries: CountryPages[] = [];
  for (const shard of countryShardsToRender(snapshot)) {
    const { lang } = shard;
    const country = shardCountry(snapshot, shard);
    const home = paths.country(lang, country.slug);
    // Read from the built pages rather than the routes, so every page of the country is listed, whoever adds it.
    // Printed sheets are for hub staff with a printer, not worth a reader's phone storage.
    const pageFiles = (await htmlFilesUnder(path.join(siteDir, home))).filter((file) => !isPrintPath(pageUrl(siteDir, file)));
    const pages = pageFiles.map((file) => pageUrl(siteDir, file)).sort();
    const assets = new Set<string>();
    const images = new Map<string, SavedImage>();
    for (const file of pageFiles) {
      const html = await readFile(file, 'utf8');
      await addAssetsOf(siteDir, html, assets);
      for (const image of smallestImages(html)) images.set(image.url, image);
    }
    countries.push({
      lang,
      country: country.slug,
      title: country.name[lang] ?? country.name[snapshot.defaultLocale] ?? country.slug,
      home,
      pages,
      assets: [...assets].sort(),
      images: [...images.values()].sort((a, b) => a.url.localeCompare(b.url)),
    });
  }
  return countries;
}

async function writeCountryPageList(siteDir: string, country: CountryPages): Promise<void> {
  const { images, ...listed } = country;
  const list: CountryPageList = { ...listed, files: await filesPagesRead(siteDir, country.lang, country.country), images };
  await writeFile(path.join(siteDir, paths.offlinePages(country.lang, country.country)), JSON.stringify(list));
}

async function addAssetsOf(siteDir: string, html: string, assets: Set<string>) {
  for (const match of html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g))
    if (match[1]) await addWithImports(siteDir, match[1], assets);
}

/**
 * The data a country's pages fetch with a script: the counter page's guides and services, and the country's search
 * index in this language (Pagefind's runtime is shared and listed by language in `searchRuntimeFiles`).
 */
async function filesPagesRead(siteDir: string, lang: string, country: string): Promise<string[]> {
  const counter = paths.counterData(lang, country);
  const searchIndex = path.join(siteDir, 'pagefind', lang, country);
  const indexFiles = existsSync(searchIndex)
    ? (await readdir(searchIndex, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => `/${path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    : [];
  return [...(existsSync(path.join(siteDir, counter)) ? [counter] : []), ...indexFiles.sort()];
}

/**
 * Each image of a page at its smallest size: the narrowest candidate of every `srcset` (one per format, since the
 * browser picks the format), standing in for the wider ones, which a phone with a sharper screen would ask for.
 */
export function smallestImages(html: string): SavedImage[] {
  const images: SavedImage[] = [];
  for (const match of html.matchAll(/\ssrcset="([^"]+)"/g)) {
    const candidates = (match[1] ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/))
      .map(([url = '', width = '']) => ({ url, width: Number.parseInt(width, 10) }))
      .filter((candidate) => candidate.url.startsWith('/_astro/') && Number.isFinite(candidate.width))
      .sort((a, b) => a.width - b.width);
    const [smallest, ...larger] = candidates;
    if (smallest) images.push({ url: smallest.url, standsFor: larger.map((candidate) => candidate.url) });
  }
  // An <img> repeats its <source>'s candidates: one entry per smallest file, standing in for all their sizes.
  const merged = new Map<string, SavedImage>();
  for (const image of images) {
    const known = merged.get(image.url);
    merged.set(image.url, { url: image.url, standsFor: [...new Set([...(known?.standsFor ?? []), ...image.standsFor])].sort() });
  }
  return [...merged.values()];
}

/** A script and the modules it imports, statically or when it runs (search's query code, the QR code library). */
async function addWithImports(siteDir: string, asset: string, assets: Set<string>) {
  if (assets.has(asset)) return;
  assets.add(asset);
  if (!asset.endsWith('.js')) return;
  const code = await readFile(path.join(siteDir, asset), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) {
    if (match[1]) await addWithImports(siteDir, new URL(match[1], `https://site${asset}`).pathname, assets);
  }
}

function pageUrl(siteDir: string, htmlFile: string): string {
  return `/${path.relative(siteDir, path.dirname(htmlFile)).split(path.sep).join('/')}/`;
}

async function htmlFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name === 'index.html').map((entry) => path.join(entry.parentPath, entry.name));
}

async function writeManifest(siteDir: string, defaultLocale: string) {
  const strings = getUiStrings(defaultLocale);
  await mkdir(path.join(siteDir, 'icons'), { recursive: true });
  const svg = await readFile(iconSource);
  const icons = await Promise.all(
    iconSizes.map(async (size) => {
      const src = `/icons/icon-${size}.png`;
      await sharp(svg).resize(size, size).png({ compressionLevel: 9, palette: true }).toFile(path.join(siteDir, src));
      // The symbol sits well inside the circle, so the icon also survives the launchers' masks.
      return { src, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any maskable' };
    }),
  );
  const manifest = {
    name: strings['site.name'],
    short_name: strings['offline.appShortName'],
    lang: defaultLocale,
    start_url: paths.home(defaultLocale),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: themeColor,
    icons,
  };
  await writeFile(path.join(siteDir, 'manifest.webmanifest'), JSON.stringify(manifest));
}

async function writeServiceWorker(siteDir: string, localeCodes: readonly string[], defaultLocale: string): Promise<number> {
  const bundled = path.join(siteDir, 'sw.source.js');
  const offlinePages = Object.fromEntries(localeCodes.map((code) => [code, paths.offline(code)]));
  // The offline page's own scripts list the countries saved on the phone: they must be there with it.
  const offlinePageAssets = new Set<string>();
  for (const page of Object.values(offlinePages))
    await addAssetsOf(siteDir, await readFile(path.join(siteDir, page, 'index.html'), 'utf8'), offlinePageAssets);
  await build({
    input: serviceWorkerSource,
    platform: 'browser',
    logLevel: 'warn',
    transform: {
      define: {
        __OFFLINE_PAGES__: JSON.stringify(offlinePages),
        __DEFAULT_LOCALE__: JSON.stringify(defaultLocale),
        // Workbox leaves out its development logging in production builds.
        'process.env.NODE_ENV': JSON.stringify('production'),
      },
    },
    output: { file: bundled, format: 'iife', minify: true },
  });
  try {
    const result = await injectManifest({
      swSrc: bundled,
      swDest: path.join(siteDir, 'sw.js'),
      globDirectory: siteDir,
      globPatterns: [
        ...Object.values(offlinePages).map((page) => `${page.slice(1)}index.html`),
        ...[...offlinePageAssets].map((asset) => asset.slice(1)),
        'manifest.webmanifest',
        'icons/*.png',
      ],
      // Their names already change with their content.
      dontCacheBustURLsMatching: /^\/_astro\//,
      // Offline pages are asked for by their address, not their file.
      modifyURLPrefix: { '': '/' },
      manifestTransforms: [
        async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: entry.url.replace(/index\.html$/, '') })), warnings: [] }),
      ],
    });
    if (result.warnings.length > 0) throw new Error(`Workbox could not list the files to precache:\n${result.warnings.join('\n')}`);
    return result.count;
  } finally {
    await rm(bundled, { force: true });
  }
}
