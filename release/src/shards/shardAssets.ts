import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
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
export function shardAssets(siteDir: string, entries: readonly string[], { everyScript = false } = {}): string[] {
  const assets = new Set<string>();
  if (everyScript) {
    for (const name of readdirSync(path.join(siteDir, assetsFolder))) {
      if (/\.(?:js|mjs|css)$/.test(name)) assets.add(`/${assetsFolder}/${name}`);
    }
  }
  for (const file of entries.flatMap((entry) => htmlFilesOf(path.join(siteDir, entry)))) {
    for (const [reference] of readFileSync(file, 'utf8').matchAll(assetReference)) addWithImports(siteDir, reference, assets);
  }
  return [...assets].sort();
}

function addWithImports(siteDir: string, asset: string, assets: Set<string>): void {
  if (assets.has(asset)) return;
  assets.add(asset);
  if (!asset.endsWith('.js')) return;
  for (const [, imported] of readFileSync(path.join(siteDir, asset), 'utf8').matchAll(moduleImport)) {
    if (imported) addWithImports(siteDir, path.posix.join(path.posix.dirname(asset), imported), assets);
  }
}

function htmlFilesOf(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return entry.endsWith('.html') ? [entry] : [];
  return readdirSync(entry, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(entry, file));
}
