import { rmSync } from 'node:fs';
import { test as setup } from '@playwright/test';
import { writeHostileSnapshot } from '../fixtures/hostile/hostileSnapshot.ts';
import { buildSite } from '../testing/buildSite.ts';
import { publishedUrl } from '../testing/paths.ts';
import { hostile } from './testing/paths.ts';

setup('the hostile snapshot builds: what it holds is shown safely, not refused', () => {
  rmSync(hostile.folder, { recursive: true, force: true });
  const snapshotPath = writeHostileSnapshot(hostile.snapshotFolder);
  const build = buildSite(snapshotPath, hostile.site, publishedUrl);
  if (build.status !== 0) throw new Error(`The hostile site build failed (exit ${build.status}):\n${build.output}`);
});
