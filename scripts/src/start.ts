/**
 * `pnpm start`: the whole pipeline on this machine. Migrates and seeds the embedded database (only what is
 * missing), exports the published content to a snapshot, builds the site and its search index into a new release,
 * then serves the CMS admin on :3000 and the site on :4321.
 */
import { spawn } from 'node:child_process';
import { newRelease, releaseSettingsFromEnv, serveSite, withBuildLock } from '@infohub/release';
import { cmsBuildIsStale } from './lib/cmsBuild.ts';
import { describeDemoLogin } from './lib/demoLogin.ts';
import { provideFeedbackSecret } from './lib/feedbackSecret.ts';
import { buildAndGoLive, exportInto } from './lib/rebuildSite.ts';
import { runStep } from './lib/run.ts';
import { waitForUrl } from './lib/waitForUrl.ts';
import { repoRoot } from './lib/workspace.ts';

const cmsPort = Number(process.env.CMS_PORT ?? 3000);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const cmsUrl = `http://localhost:${cmsPort}`;
const siteUrl = `http://localhost:${sitePort}`;
// The CMS rebuilds the site after each publish with these same settings (it passes its environment on). The
// address the site is built for (canonical links, the sheets' QR codes) is the local one unless INFOHUB_SITE_URL
// names where it is published.
const siteEnv = { INFOHUB_SITE_URL: process.env.INFOHUB_SITE_URL?.trim() || siteUrl };
const settings = releaseSettingsFromEnv({ ...process.env, ...siteEnv });
const releases = settings.releases;
// The site's report forms are signed with it and the CMS checks them with it (both started from here).
provideFeedbackSecret();
const cms = (script: string, ...args: string[]) => ['--filter', '@infohub/cms', 'run', script, ...args];

const startedAt = performance.now();

await runStep('Apply database migrations', 'pnpm', cms('migrate'));
// Its first build follows at once, so the seed asks the CMS for no rebuild of its own.
await runStep('Seed the demo content (adds only what is missing)', 'pnpm', cms('seed'), { env: { INFOHUB_SITE_REBUILDS: 'off' } });
// The first build is the same pipeline as `pnpm rebuild-site`, with the CMS build beside the site build. Both
// builds are waited for, so neither is left running when the other fails.
await withBuildLock(releases, async () => {
  const release = newRelease(releases);
  await exportInto(releases, release);
  const [site, cmsBuild] = await Promise.allSettled([
    buildAndGoLive(settings, release),
    cmsBuildIsStale(repoRoot)
      ? runStep('Build the CMS for production', 'pnpm', cms('build'))
      : Promise.resolve(console.log('\nThe CMS production build is up to date.')),
  ]);
  if (site.status === 'rejected') throw site.reason;
  if (cmsBuild.status === 'rejected') throw cmsBuild.reason;
});

// The site's report form posts to /feedback on the site itself; this server passes it on to the CMS.
const siteServer = await serveSite(releases.currentLink, sitePort, '127.0.0.1', { feedbackTo: new URL('/api/reports/feedback', cmsUrl) });
// pnpm does not pass signals on to the server it starts, so the CMS gets a process group of its own and the
// whole group is stopped.
const cmsProcess = spawn('pnpm', cms('start', '--', '-H', '127.0.0.1', '-p', String(cmsPort)), {
  cwd: repoRoot,
  env: { ...process.env, ...siteEnv },
  stdio: 'inherit',
  detached: true,
});
const stop = () => {
  siteServer.close();
  if (cmsProcess.pid !== undefined && cmsProcess.exitCode === null) process.kill(-cmsProcess.pid, 'SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
cmsProcess.on('exit', (code) => {
  siteServer.close();
  process.exitCode = code ?? 0;
});

await waitForUrl(`${cmsUrl}/api/countries?limit=1`, 60_000);
const seconds = ((performance.now() - startedAt) / 1000).toFixed(0);
console.log(`
infohub is running (ready in ${seconds} s). Press Ctrl+C to stop.

  Site (what migrants read):   ${siteUrl}/
  CMS admin (for editors):     ${cmsUrl}/admin
  REST API:                    ${cmsUrl}/api

${describeDemoLogin(`${repoRoot}cms/data/demo-admin.json`)}
  (demo content: fictional organisations, not legal advice)
`);
