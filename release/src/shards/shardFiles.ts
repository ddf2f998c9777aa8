import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Shard } from '@infohub/content-schemas';
import type { SiteShape } from '../store/releasePlanFile.ts';

/** Hashed scripts and images, shared by every shard that uses them. */
export const assetsFolder = '_astro';

/**
 * The entries of a built site (relative paths, files or folders) that belong to a shard. A country shard owns its
 * folder and its search index; the site-wide shard owns everything else but the shared assets: the root files, each
 * language's own pages, the search runtime.
 */
export function shardEntries(siteDir: string, shard: Shard, shape: SiteShape): string[] {
  if (shard.kind === 'country') {
    return [path.join(shard.lang, shard.country), path.join('pagefind', shard.lang, shard.country)].filter((entry) =>
      existsSync(path.join(siteDir, entry)),
    );
  }
  const languages = new Set(shape.languages);
  const countries = new Set(shape.countries);
  const entries: string[] = [];
  for (const name of readdirSync(siteDir)) {
    if (name === assetsFolder) continue;
    if (name === 'pagefind') entries.push(...childrenExcept(siteDir, name, languages));
    else if (languages.has(name)) entries.push(...childrenExcept(siteDir, name, countries));
    else entries.push(name);
  }
  return entries;
}

function childrenExcept(siteDir: string, folder: string, excluded: ReadonlySet<string>): string[] {
  return readdirSync(path.join(siteDir, folder))
    .filter((name) => !excluded.has(name))
    .map((name) => path.join(folder, name));
}
