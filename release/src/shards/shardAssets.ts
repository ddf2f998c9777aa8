import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { rememberByFile } from '@infohub/content-schemas/files';
import { assetsFolder } from './shardFiles.ts';

const assetReference = /\/_astro\/[^"'\s),?#]+/g;
/** A module a script loads, named relative to it: `from "./x.js"`, or `import(\`./x.js\`)` as Vite writes lazy ones. */
const moduleImport = /["'`](\.\/[^"'`]+\.js)["'`]/g;

/**
 * The shared assets (`/_astro/…`, as site paths) a shard's pages use: every script, stylesheet and image their HTML
 * names, and the modules those scripts import. A release that reuses the shard links these from the live release.
 * The site-wide shard also keeps every script and stylesheet of its build, whoever loads them: each build of the same
 * code writes the same ones, and a script loaded in a way not spotted here still goes with the site.
 */
export function shardAssets(siteDir: string, pages: readonly string[], { everyScript = false } = {}): string[] {
  const assets = new Set<string>();
  if (everyScript) {
    for (const name of readdirSync(path.join(siteDir, assetsFolder))) {
      if (/\.(?:js|mjs|css)$/.test(name)) assets.add(`/${assetsFolder}/${name}`);
    }
  }
  for (const page of pages) for (const reference of assetReferencesOf(page)) addWithImports(siteDir, reference, assets);
  return [...assets].sort();
}

/** The pages (HTML files) of a shard's entries in a built site: each entry is a page or a folder of them. */
export function pagesOf(siteDir: string, entries: readonly string[]): string[] {
  return entries.flatMap((entry) => {
    const full = path.join(siteDir, entry);
    if (!statSync(full).isDirectory()) return full.endsWith('.html') ? [full] : [];
    return readdirSync(full, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => path.join(full, file));
  });
}

/** About one large build's pages (a publish of four shards of 13,778 pages reads 2,000). */
const assetReferencesOf = rememberByFile(
  'assetReferences',
  (page) => [...new Set(Array.from(page.toString('utf8').matchAll(assetReference), ([reference]) => reference))],
  50_000,
);

function addWithImports(siteDir: string, asset: string, assets: Set<string>): void {
  if (assets.has(asset)) return;
  assets.add(asset);
  if (!asset.endsWith('.js')) return;
  for (const [, imported] of readFileSync(path.join(siteDir, asset), 'utf8').matchAll(moduleImport)) {
    if (imported) addWithImports(siteDir, path.posix.join(path.posix.dirname(asset), imported), assets);
  }
}
