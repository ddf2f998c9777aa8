import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { test as setup } from '@playwright/test';
import { buildSiteRelease } from '../testing/buildSite.ts';
import { publishedUrl } from '../testing/paths.ts';
import { pipeline } from './testing/paths.ts';
import { runPnpm } from './testing/runPnpm.ts';

const cms = (script: string, ...args: string[]) => ['--filter', '@infohub/cms', 'run', script, ...args];

// What cms/src/env.ts reads. A secret of our own keeps the CMS from creating cms/data/.secret, and a media folder
// of our own keeps uploads out of cms/media: the run touches nothing outside its folder.
const cmsEnv = {
  DATABASE_URL: `file:${pipeline.database}`,
  PAYLOAD_SECRET: randomBytes(32).toString('base64url'),
  INFOHUB_MEDIA_DIR: pipeline.media,
};

setup('a new database, migrated and seeded, exports a snapshot that the site builds from', async () => {
  rmSync(pipeline.folder, { recursive: true, force: true });
  mkdirSync(pipeline.folder, { recursive: true });
  await setup.step('apply the committed migrations', () => runPnpm(cms('migrate'), cmsEnv));
  // No rebuild queued by the seed: the build below is the site's first, and the publishing tests start from this database.
  await setup.step('seed the demo content', () => runPnpm(cms('seed'), { ...cmsEnv, INFOHUB_SITE_REBUILDS: 'off' }));
  await setup.step('export the published content', () => runPnpm(cms('export-snapshot', '--', '--out', pipeline.snapshot), cmsEnv));
  await setup.step('build the site, its search and its sheet PDFs as a release', () => {
    const build = buildSiteRelease(pipeline.snapshot, pipeline.releases, publishedUrl);
    if (build.status !== 0) throw new Error(`The site release failed (exit ${build.status}):\n${build.output}`);
  });
});
