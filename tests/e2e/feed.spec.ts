import { publishedUrl } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

const atom = 'http://www.w3.org/2005/Atom';

test.describe('Atom feed', () => {
  test('a country page announces its feed in the reader’s language', async ({ page }) => {
    await page.goto('/en/guatemala/guides/viajar-seguro/');
    const feedLink = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(feedLink).toHaveAttribute('href', '/en/guatemala/feed.xml');
    await expect(feedLink).toHaveAttribute('title', 'Updates: Guatemala');
  });

  test('is well-formed Atom in the reader’s language, newest first, with absolute links to the site’s pages', async ({ page, request }) => {
    const response = await request.get('/en/costa-rica/feed.xml');
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    await page.goto('/en/');
    const feed = await page.evaluate(
      ([text, namespace]) => {
        const document = new DOMParser().parseFromString(text, 'application/xml');
        const root = document.documentElement;
        const children = (element: Element, name: string) => [...element.getElementsByTagNameNS(namespace, name)];
        return {
          parseError: document.getElementsByTagName('parsererror').length > 0,
          namespace: root.namespaceURI,
          name: root.localName,
          lang: root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
          title: children(root, 'title')[0]?.textContent,
          self: children(root, 'link')
            .find((link) => link.getAttribute('rel') === 'self')
            ?.getAttribute('href'),
          entries: children(root, 'entry').map((entry) => ({
            title: children(entry, 'title')[0]?.textContent,
            link: children(entry, 'link')[0]?.getAttribute('href'),
            updated: children(entry, 'updated')[0]?.textContent,
          })),
        };
      },
      [xml, atom] as const,
    );
    expect(feed).toMatchObject({ parseError: false, namespace: atom, name: 'feed', lang: 'en', title: 'Updates: Costa Rica' });
    expect(feed.self).toBe(`${publishedUrl}/en/costa-rica/feed.xml`);
    expect(feed.entries).toContainEqual({
      title: 'Work permit in Costa Rica',
      link: `${publishedUrl}/en/costa-rica/guides/permiso-de-trabajo/`,
      updated: '2026-10-01T12:00:00.000Z',
    });
    for (const entry of feed.entries) expect(entry.link?.startsWith(`${publishedUrl}/en/costa-rica/`)).toBe(true);
    const dates = feed.entries.map((entry) => Date.parse(entry.updated ?? ''));
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
  });

  test('every entry leads to a page of the site that shows it', async ({ page, request }) => {
    const xml = await (await request.get('/en/costa-rica/feed.xml')).text();
    const links = [...xml.matchAll(/<link href="([^"]+)"\/>/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      const url = new URL(link);
      const response = await page.goto(url.pathname);
      expect(response?.status(), link).toBe(200);
      if (url.hash) await expect(page.locator(url.hash), link).toHaveCount(1);
    }
  });
});
