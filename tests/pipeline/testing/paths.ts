import path from 'node:path';
import { outputFolder } from '../../testing/paths.ts';

const folder = path.join(outputFolder, 'pipeline');

/** What one run of the pipeline makes, in a folder under tests/output/ that each run empties first. */
export const pipeline = {
  folder,
  database: path.join(folder, 'pipeline.db'),
  media: path.join(folder, 'media'),
  snapshot: path.join(folder, 'snapshot.json'),
  /** The site's releases, built as the CMS builds them; the CMS of the publishing tests starts from a copy. */
  releases: path.join(folder, 'releases'),
  /** The live release's public folder. */
  site: path.join(folder, 'releases', 'current'),
};
