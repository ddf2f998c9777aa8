import { rmSync } from 'node:fs';
import { buildSite, renderSheetPdfsOf } from '../../testing/buildSite.ts';
import { builtSite, fixtureSnapshot, publishedUrl } from '../../testing/paths.ts';
import { serveSite } from '../../testing/serveSite.ts';

/** Builds the site from the fixture once, serves it on a free local port, and stops the server after the run. */
export default async function globalSetup() {
  rmSync(builtSite, { recursive: true, force: true });
  const build = buildSite(fixtureSnapshot, builtSite, publishedUrl);
  if (build.status !== 0) throw new Error(`The site build failed (exit ${build.status}):\n${build.output}`);
  await renderSheetPdfsOf(builtSite, 'Fixture site');
  const server = await serveSite(builtSite);
  // Test workers inherit the environment set here; see the baseURL fixture.
  process.env.INFOHUB_E2E_BASE_URL = server.url;
  return () => server.close();
}
