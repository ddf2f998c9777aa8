import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageTypes, requireSamples } from '../testing/pageTypes.ts';
import { builtSite } from '../testing/paths.ts';
import { pageViolations, watchViolations } from './testing/cspViolations.ts';
import { expect, test } from './testing/test.ts';

/**
 * The Content-Security-Policy every page carries (Astro's security.csp, configured in site/astro.config.ts), and
 * that it stops what it is there to stop. That the site's own pages break none of it while they load and search is
 * checked on the same page loads as what they request and store (privacy.spec.ts).
 */

const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );

test('every page of every type and language carries one policy that allows only the site itself and no inline script or style', () => {
  for (const type of pageTypes) {
    for (const sample of requireSamples(builtSite, type, 'fixture')) {
      const html = readFileSync(path.join(builtSite, sample.file), 'utf8');
      const policies = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((match) => match[1] ?? '');
      const where = `${sample.lang} ${sample.url}`;
      expect(policies, where).toHaveLength(1);
      const directives = directivesOf(policies[0] ?? '');
      expect(directives.get('default-src'), where).toEqual(["'self'"]);
      expect(directives.get('object-src'), where).toEqual(["'none'"]);
      expect(directives.get('base-uri'), where).toEqual(["'none'"]);
      expect(directives.get('script-src'), where).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
      expect(directives.get('script-src'), where).not.toContain("'unsafe-inline'");
      expect(directives.get('script-src'), where).not.toContain("'unsafe-eval'");
      expect(directives.get('style-src'), where).not.toContain("'unsafe-inline'");
    }
  }
});

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
    expect(await pageViolations(tab)).toEqual([expect.stringMatching(/^script-src-elem refused inline/)]);
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
