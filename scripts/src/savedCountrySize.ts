/**
 * `node scripts/src/savedCountrySize.ts <built site>`: prints, for every country and language of a built site, the
 * bytes "save this country" stores on the phone (pages, scripts, search, counter data, images) and downloads.
 */
import path from 'node:path';
import { savedCountrySizes } from './lib/savedCountrySize.ts';

const siteDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? 'site/dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
console.log(`Saved countries of ${siteDir} (stored on the phone, uncompressed; download gzip)`);
console.log(['country list', 'pages', 'pages B', 'scripts', 'search', 'counter', 'images', 'stored', 'download'].join('\t'));
for (const size of savedCountrySizes(siteDir)) {
  const { pages, scripts, search, counter, images, total } = size.bytes;
  console.log([size.list, size.pages, ...[pages, scripts, search, counter, images, total, size.downloadGzipBytes].map(kb)].join('\t'));
}
