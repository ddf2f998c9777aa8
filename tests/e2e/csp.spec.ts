import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { pageTypes, requireSamples } from '../testing/pageTypes.ts';
import { builtSite } from '../testing/paths.ts';
import { searchFromPage } from '../testing/searchPage.ts';
import { expect, test } from './testing/test.ts';

/**
 * The Content-Security-Policy every page carries (Astro's security.csp, configured in site/astro.config.ts): the
 * site's own pages break none of it, search included, and it stops what it is there to stop.
 */

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Everything the browser reports as refused by the policy: the page's events and console, and its workers'. */
async function watchViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const reported: string[] = [];
  const fromConsole = (text: string) => {
    if (/content security policy/i.test(text)) reported.push(text);
  };
  context.on('console', (message) => fromConsole(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => fromConsole(message.text())));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(
        `${event.violatedDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return reported;
}

const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );

for (const type of pageTypes) {
  test(`${type}: the page carries the policy and breaks none of it while it loads${type.endsWith('search') ? ' and searches' : ''}`, async ({
    context,
    page,
  }) => {
    const consoleViolations = await watchViolations(context, page);
    for (const sample of requireSamples(builtSite, type, 'fixture')) {
      await test.step(`${sample.lang} ${sample.url}`, async () => {
        const html = readFileSync(path.join(builtSite, sample.file), 'utf8');
        const policies = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map(
          (match) => match[1] ?? '',
        );
        expect(policies).toHaveLength(1);
        const directives = directivesOf(policies[0] ?? '');
        expect(directives.get('default-src')).toEqual(["'self'"]);
        expect(directives.get('object-src')).toEqual(["'none'"]);
        expect(directives.get('base-uri')).toEqual(["'none'"]);
        expect(directives.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
        expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
        expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
        expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
        // A page that forwards the reader at once leaves before anything could be watched; where it leads is checked.
        if (sample.forwards) return;
        await page.goto(sample.url);
        await searchFromPage(page);
        expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
      });
    }
    expect(consoleViolations).toEqual([]);
  });
}

test.describe('the policy protects readers', () => {
  const page = '/es/costa-rica/guides/permiso-de-trabajo/';

  test('a script slipped into a page does not run', async ({ context, page: tab }) => {
    await watchViolations(context, tab);
    await tab.goto(page);
    const ran = await tab.evaluate(async () => {
      const injected = document.createElement('script');
      injected.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(injected);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return document.body.dataset.injected;
    });
    expect(ran).toBeUndefined();
    expect(await tab.evaluate(() => window.cspViolations)).toEqual([expect.stringMatching(/^script-src-elem refused inline/)]);
  });

  test('an inline style attribute slipped into a page is not applied', async ({ page: tab }) => {
    await tab.goto(page);
    const color = await tab.evaluate(() => {
      const heading = document.querySelector('h1') as HTMLElement;
      heading.setAttribute('style', 'color: rgb(255, 0, 0)');
      return getComputedStyle(heading).color;
    });
    expect(color).not.toBe('rgb(255, 0, 0)');
  });

  test('no other site can show a page inside a frame', async ({ page: tab, baseURL }) => {
    const response = await tab.request.get(page);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // A page of another site frames it; the browser must refuse to show the page inside.
    await tab.route('http://framer.test/', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe src="${new URL(page, baseURL).href}"></iframe>` }),
    );
    await tab.goto('http://framer.test/');
    await tab.waitForLoadState('load');
    const framed = tab.frames().find((frame) => frame !== tab.mainFrame());
    expect(framed).toBeDefined();
    expect(framed?.url()).not.toBe(new URL(page, baseURL).href);
    await expect(tab.frameLocator('iframe').getByRole('heading', { name: 'Permiso de trabajo en Costa Rica' })).toHaveCount(0);
  });
});
