import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isSheetPath } from '@infohub/content-schemas';

/**
 * The printable sheets of a built site (`/{lang}/{country}/print/…/`), or of one folder of it (a shard's
 * `/{lang}/{country}/`), as site paths.
 */
export function sheetPathsOf(siteDir: string, folder = '/'): string[] {
  return readdirSync(path.join(siteDir, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `${path.posix.join(folder, path.dirname(file).split(path.sep).join('/'))}/`)
    .filter(isSheetPath)
    .sort();
}
