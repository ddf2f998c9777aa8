/**
 * `node scripts/src/renderSheetPdfs.ts <site folder> [live site folder]`: renders a built site's printable sheets to
 * PDF beside them, copying those the live site printed from the same page.
 * The release pipeline calls the same step in-process; the bench runs it as a command of its own so that the memory
 * of the Chromium it drives is measured with it.
 */
import { existsSync } from 'node:fs';
import { renderSheetPdfsStep } from './lib/rebuildSite.ts';

const siteDir = process.argv[2];
if (!siteDir || !existsSync(siteDir)) {
  console.error('Give the folder of a built site: node scripts/src/renderSheetPdfs.ts path/to/site');
  process.exit(2);
}
await renderSheetPdfsStep(siteDir, process.argv[3]);
