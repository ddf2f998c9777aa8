import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../testing/accessibility.ts';
import { publishedUrl } from '../testing/paths.ts';
import { demoStaffLogin, publishing, startCms } from './testing/cms.ts';
import { formStateSettled } from './testing/formState.ts';
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
  const formStateSettledFor = formStateSettled(page);
  await page.locator('#field-title').fill(guide[language].title);
  await page.locator('#field-summary').fill(guide[language].summary);
  for (const [row, document] of guide.documents.entries()) {
    const field = page.locator(`#field-requiredDocuments__${row}__name`);
    if (language === 'es') {
      // The admin ignores a click on "Add" while it is still fetching the form state for the previous row, so a click
      // may need repeating. But a click can also be answered late (in CI after 3 s, 10 s, then over 30 s), and then
      // repeating it adds a third, empty row. So a click is repeated only while the rows are still too few and the
      // form state has been settled for 5 s: an ignored click sends no request, a late one is waited for, and so is
      // the row its answer brings, which the admin renders a moment after the answer.
      const rows = page.locator('[id^="field-requiredDocuments__"][id$="__name"]');
      await expect(async () => {
        if ((await rows.count()) <= row && formStateSettledFor(5_000)) {
          await page.getByRole('button', { name: /^Add Required Document/i }).click();
        }
        await expect(field).toBeVisible({ timeout: 10_000 });
      }).toPass({ timeout: 95_000 });
    }
    await field.fill(document[language]);
  }
  await expect(page.locator('[id^="field-requiredDocuments__"][id$="__name"]')).toHaveCount(guide.documents.length);
}

async function chooseInSelect(page: Page, field: string, option: string | RegExp) {
  await page.locator(`#field-${field} .rs__control`).click();
  await page.locator('.rs__option', { hasText: option }).first().click();
}

test.use({ actionTimeout: 30_000 });

test('an editor writes a guide with a checklist in Spanish, translates it, publishes, and readers get it in both languages', async ({
  page,
}) => {
  // Two rebuilds go live in this test: the publish and "Mark as reviewed".
  test.setTimeout(600_000);
  const site = await serveCurrentRelease(path.join(publishing.siteRoot, 'current'));
  // The CMS starts with the demo site live, as the pipeline built it: its first publish rebuilds Honduras only.
  const cms = await startCms(await freePort(), publishedUrl, publishing, {}, { withLiveSite: true });
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
    await expect(page).toHaveURL(/\/admin\/collections\/guides\/\d+/, { timeout: 30_000 });
    const editUrl = page.url().replace(/\?.*$/, '');

    await page.goto(`${editUrl}?locale=en`);
    // The English form starts empty; the checklist keeps its rows, each waiting for its English name.
    await expect(page.locator('#field-title')).toHaveValue('');
    await expect(page.locator('#field-requiredDocuments__1__name')).toHaveValue('');
    await fillGuide(page, 'en');
    const publishedAt = Date.now();
    await page.getByRole('button', { name: /^Publish/ }).click();
    // A publish waits for its rebuild to be queued; on a busy machine that takes longer than the default 5 s.
    await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible({ timeout: 30_000 });

    // The rebuild: a couple of seconds for more publishes to join, then export, Astro and Pagefind.
    const pagePath = (language: string) => `/${language}/${country.slug}/guides/${slug}/`;
    const spanishPage = `${site.url}${pagePath('es')}`;
    const englishPage = `${site.url}${pagePath('en')}`;

    // The editor is told where the page will be, and the status line follows the build without a reload.
    const publishedNotice = page.locator('.published-on-site');
    await expect(publishedNotice).toContainText('Published. On the site in a few seconds.');
    await expect(publishedNotice.getByRole('link', { name: 'See the page on the public site' })).toHaveAttribute(
      'href',
      `${publishedUrl}${pagePath('en')}`,
    );
    expect(await axeViolations(page, { include: '.published-on-site' })).toEqual([]);
    const statusLine = page.locator('[data-site-build-status]');
    await expect(statusLine).toHaveAttribute('data-site-build-status', /queued|running/);
    await expect(statusLine).toHaveAttribute('data-site-build-status', 'live', { timeout: 300_000 });
    await expect(statusLine).toContainText('Public site: up to date');
    // Honduras in its languages (the English page, and the Spanish text the others fall back to); no other country.
    await expect(statusLine).toContainText(/Rebuilt: Honduras \([^)]+\)(, Honduras \([^)]+\))*; [1-9]\d* unchanged parts reused/);
    expect(await axeViolations(page, { include: '[data-site-build-status]' })).toEqual([]);
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

    // "Mark as reviewed" reaches the site too: the page says when it was last reviewed once its rebuild is live.
    await page.goto(editUrl);
    await page.getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect(page.getByText(/Marked as reviewed on/)).toBeVisible();
    const reviewDateShown = async () => (await (await fetch(englishPage)).text()).includes('Last reviewed on');
    await expect.poll(reviewDateShown, { timeout: 300_000, intervals: [1_000] }).toBe(true);

    // The build's record lists what asked for it and the end of its log as text, in the admin's language.
    await page.locator('[data-site-build-status] a').click();
    await expect(page.locator('pre[data-field="reasons"]')).toContainText(`guide «${slug}» marked as reviewed`);
    // The site switches to the new release a moment before the record says so and gets its log's last line: the
    // record's view is read again until it has.
    await expect(async () => {
      await page.reload();
      await expect(page.locator('pre[data-field="log"]')).toContainText('Live release:', { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    // Signing in, editing, publishing and the dashboard needed nothing the CMS's Content Security Policy blocks.
    expect(cspViolations).toEqual([]);
  } finally {
    await cms.stop();
    site.server.close();
  }
});
