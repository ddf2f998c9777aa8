/**
 * `node scripts/src/renderSheetPdfs.ts <site folder>`: renders a built site's printable sheets to PDF beside them.
 * Releases print their shards' sheets themselves; the bench runs this as a command of its own so that the memory of
 * the Chromium it drives is measured with it.
 */
import { existsSync } from 'node:fs';
import { renderSheetPdfs } from '@infohub/release';

const siteDir = process.argv[2];
if (!siteDir || !existsSync(siteDir)) {
  console.error('Give the folder of a built site: node scripts/src/renderSheetPdfs.ts path/to/site');
  process.exit(2);
}
const report = await renderSheetPdfs(siteDir);
console.log(`${report.count} PDFs in ${report.seconds.toFixed(1)} s`);
