import path from 'node:path';
import { outputFolder } from '../../testing/paths.ts';

/** Where the hostile setup writes its snapshot and the site built from it (tests/output/ is ignored by git). */
export const hostile = {
  folder: path.join(outputFolder, 'hostile'),
  snapshotFolder: path.join(outputFolder, 'hostile/snapshot'),
  site: path.join(outputFolder, 'hostile/site'),
};
