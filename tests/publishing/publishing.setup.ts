import { cmsBuildIsStale } from '@infohub/scripts/cms-build';
import { test as setup } from '@playwright/test';
import { runPnpm } from '../pipeline/testing/runPnpm.ts';
import { repoRoot } from '../testing/paths.ts';

// The admin test drives the production build of the CMS, as editors get it. Building takes about a minute and
// 1.7 GB, so it is redone only when a CMS source is newer than the last build (what `pnpm start` does too).
setup('the CMS production build is up to date', async () => {
  if (cmsBuildIsStale(`${repoRoot}/`)) await runPnpm(['--filter', '@infohub/cms', 'run', 'build'], { NEXT_TELEMETRY_DISABLED: '1' });
});
