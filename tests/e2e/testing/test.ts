import { test as base } from '@playwright/test';

/** Playwright's test, pointed at the site the global setup serves (its port is only known once it runs). */
export const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this parameter.
  baseURL: async ({}, use) => {
    const url = process.env.INFOHUB_E2E_BASE_URL;
    if (!url)
      throw new Error('INFOHUB_E2E_BASE_URL is not set: run these tests through playwright.config.ts, whose global setup serves the site.');
    await use(url);
  },
});

export { expect } from '@playwright/test';
