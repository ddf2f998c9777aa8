import { test as base } from '@playwright/test';
import { serveSite } from '../../testing/serveSite.ts';
import { pipeline } from './paths.ts';

/** Playwright's test, pointed at the site the pipeline built (the setup project); each worker serves it itself. */
export const test = base.extend<Record<never, never>, { pipelineSiteUrl: string }>({
  pipelineSiteUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this parameter.
    async ({}, use) => {
      const server = await serveSite(pipeline.site);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ pipelineSiteUrl }, use) => {
    await use(pipelineSiteUrl);
  },
});

export { expect } from '@playwright/test';
