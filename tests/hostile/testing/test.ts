import { test as base } from '@playwright/test';
import { serveSite } from '../../testing/serveSite.ts';
import { hostile } from './paths.ts';

/** Playwright's test, pointed at the site built from the hostile snapshot (the setup project); each worker serves it. */
export const test = base.extend<Record<never, never>, { hostileSiteUrl: string }>({
  hostileSiteUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this parameter.
    async ({}, use) => {
      const server = await serveSite(hostile.site);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ hostileSiteUrl }, use) => {
    await use(hostileSiteUrl);
  },
});

export { expect } from '@playwright/test';
