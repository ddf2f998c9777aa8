import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { demoStaffLogin, publishing, startCms } from './testing/cms.ts';
import { freePort, serveCurrentRelease } from './testing/releaseServer.ts';
import { expectCmsSecurityHeaders, recordCspViolations } from './testing/securityHeaders.ts';

// A country editor, not an admin: what an editor may do in the admin is what this test relies on.
const actingUser = () => demoStaffLogin('editora.honduras@example.org');

const country = { slug: 'honduras', name: 'Honduras' };
const stamp = Date.now().toString(36);
const guide = {
  es: { title: `Licencia de conducir ${stamp}`, summary: 'Cómo cambiar una licencia extranjera por una de Honduras.' },
  en: { title: `Driving licence ${stamp}`, summary: 'How to exchange a foreign driving licence for a Honduran one.' },
  documents: [
    { es: 'Licencia extranjera vigente', en: 'Valid foreign licence' },
    { es: 'Dictamen médico', en: 'Medical certificate' },
  ],
};
const slug = `licencia-de-conducir-${stamp}`;

async function fillGuide(page: Page, language: 'es' | 'en') {
  await page.locator('#field-title').fill(guide[language].title);
  await page.locator('#field-summary').fill(guide[language].summary);
  for (const [row, document] of guide.documents.entries()) {
    const field = page.locator(`#field-requiredDocuments__${row}__name`);
    if (language === 'es') {
      // The admin ignores a click on "Add" while it is still fetching the form state for the previous row.
      await expect(async () => {
        if (!(await field.isVisible())) await page.getByRole('button', { name: /^Add Required Document/i }).click();
        await expect(field).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 30_000 });
    }
    await field.fill(document[language]);
  }
}

async function chooseInSelect(page: Page, field: string, option: string | RegExp) {
  await page.locator(`#field-${field} .rs__control`).click();
  await page.locator('.rs__option', { hasText: option }).first().click();
}

test.use({ actionTimeout: 30_000 });

test('an editor writes a guide with a checklist in Spanish, translates it, publishes, and readers get it in both languages', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const site = await serveCurrentRelease(path.join(publishing.siteRoot, 'current'));
  const cms = await startCms(await freePort(), site.url);
  const cspViolations = recordCspViolations(page);
  try {
    await expectCmsSecurityHeaders(cms.url);
    const { email, password } = actingUser();
    await page.goto(`${cms.url}/admin/login`);
    await page.getByLabel(/email/i).fill(email);
    await page.getByLabel(/password/i).fill(password);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await expect(page).toHaveURL(/\/admin$/);

    await page.goto(`${cms.url}/admin/collections/guides/create`);
    await fillGuide(page, 'es');
    await chooseInSelect(page, 'country', country.name);
    await chooseInSelect(page, 'topic', /./);
    await page.getByRole('button', { name: /^Publish/ }).click();
    await expect(page).toHaveURL(/\/admin\/collections\/guides\/\d+/);
    const editUrl = page.url().replace(/\?.*$/, '');

    await page.goto(`${editUrl}?locale=en`);
    // The English form starts empty; the checklist keeps its rows, each waiting for its English name.
    await expect(page.locator('#field-title')).toHaveValue('');
    await expect(page.locator('#field-requiredDocuments__1__name')).toHaveValue('');
    await fillGuide(page, 'en');
    const publishedAt = Date.now();
    await page.getByRole('button', { name: /^Publish/ }).click();
    await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible();

    // The rebuild: a couple of seconds for more publishes to join, then export, Astro and Pagefind.
    const spanishPage = `${site.url}/es/${country.slug}/guides/${slug}/`;
    const englishPage = `${site.url}/en/${country.slug}/guides/${slug}/`;
    // Until then the English address may already answer with the Spanish text and a notice (the fallback).
    const englishTitleServed = async () => {
      const response = await fetch(englishPage);
      return response.ok && (await response.text()).includes(guide.en.title);
    };
    await expect.poll(englishTitleServed, { timeout: 300_000, intervals: [1_000] }).toBe(true);
    console.log(`Publish to live on the demo content: ${((Date.now() - publishedAt) / 1000).toFixed(0)} s`);

    await page.goto(spanishPage);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.es.title);
    for (const document of guide.documents) await expect(page.getByText(document.es)).toBeVisible();
    await page.goto(englishPage);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.en.title);
    for (const document of guide.documents) await expect(page.getByText(document.en)).toBeVisible();

    // Editors see in the admin that the site is up to date. The status line is read when a page loads. When the
    // English publish lands while the first build is already exporting, that build carries it live and the build the
    // publish queued still runs after it: reload until the last build is live (a failed one never passes).
    await expect(async () => {
      await page.goto(`${cms.url}/admin`);
      await expect(page.locator('[data-site-build-status]')).toHaveAttribute('data-site-build-status', 'live', { timeout: 2_000 });
    }).toPass({ timeout: 120_000, intervals: [2_000] });
    // Signing in, editing, publishing and the dashboard needed nothing the CMS's Content Security Policy blocks.
    expect(cspViolations).toEqual([]);
  } finally {
    await cms.stop();
    site.server.close();
  }
});
