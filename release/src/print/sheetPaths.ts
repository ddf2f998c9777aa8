import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isSheetPath } from '@infohub/content-schemas';

/**
 * The printable sheets of a built site (`/{lang}/{country}/print/…/`), or of one folder of it (a shard's
 * `/{lang}/{country}/`), as site paths.
 */
export function sheetPathsOf(siteDir: string, folder = '/'): string[] {
  const files = readdirSync(path.join(siteDir, folder), { recursive: true, encoding: 'utf8' });
  return sheetsAmong(
    siteDir,
    files.map((file) => path.join(siteDir, folder, file)),
  );
}

/** The printable sheets among pages of a built site (their HTML files), as site paths. */
export function sheetsAmong(siteDir: string, pages: readonly string[]): string[] {
  return pages
    .filter((page) => path.basename(page) === 'index.html')
    .map((page) => `/${path.relative(siteDir, path.dirname(page)).split(path.sep).join('/')}/`)
    .filter(isSheetPath)
    .sort();
}
