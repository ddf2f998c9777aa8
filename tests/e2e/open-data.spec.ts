import { type HsdsPage, type HsdsService, hsdsServicePageProblems, hsdsServiceProblems } from '@infohub/content-schemas/hsds';
import { expect, test } from './testing/test.ts';

test.describe('open data', () => {
  test('a country page’s footer links its open data, whose HSDS files are served valid and in the page’s language', async ({
    page,
    request,
  }) => {
    await page.goto('/en/costa-rica/services/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
    await expect(page).toHaveURL(/\/en\/costa-rica\/open-data\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
    await expect(page.getByRole('link', { name: 'Licence: CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    await expect(page.getByText('Information as of October 12, 2026.')).toBeVisible();

    const listLink = page.getByRole('link', { name: 'All services (5), in one file (JSON)' });
    const exampleLink = page.locator('a[href*="/open-data/hsds/services/"]');
    const listResponse = await request.get((await listLink.getAttribute('href')) ?? '');
    expect(listResponse.headers()['content-type']).toMatch(/^application\/json/);
    const list = (await listResponse.json()) as HsdsPage<HsdsService>;
    const recordResponse = await request.get((await exampleLink.getAttribute('href')) ?? '');
    const record = (await recordResponse.json()) as HsdsService;

    const files = { country: 'costa-rica', lang: 'en' };
    expect([...hsdsServicePageProblems(list, files), ...hsdsServiceProblems(record, files)]).toEqual([]);
    expect(list).toMatchObject({ total_items: 5, size: 5, page_number: 1, total_pages: 1, last_page: true });
    // The full record is one of the list's, and its texts are the English ones.
    expect(list.contents.map((service) => service.id)).toContain(record.id);
    expect(await exampleLink.textContent()).toBe(record.name);
    expect(list.contents.map((service) => service.name)).toContain('Free legal advice');

    // The same services in Spanish: the same ids.
    const spanish = (await (await request.get('/es/costa-rica/open-data/hsds/services.json')).json()) as HsdsPage<HsdsService>;
    expect(spanish.contents.map((service) => service.id).sort()).toEqual(list.contents.map((service) => service.id).sort());
    expect(spanish.contents.map((service) => service.name)).toContain('Asesoría legal gratuita');
  });
});
