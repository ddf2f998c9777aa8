import { type FeedbackTarget, reportFormValues, signFeedbackToken } from '@infohub/content-schemas';
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../testing/accessibility.ts';
import { cmsRun, demoStaffLogin, type RunningCms, startCms } from './testing/cms.ts';
import { freePort } from './testing/releaseServer.ts';

// What a Honduras editor may pick, the edit view on a phone, and a reader's report in the editor's work. No site is built here (admin-publish.spec.ts
// follows a publish to the site): the CMS only queues the builds, so this spec stays quick.
const siteUrl = 'http://127.0.0.1:9';
const stamp = Date.now().toString(36);
const feedbackSecret = `the feedback secret of the admin-scope run ${stamp}`;

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 30_000 });

let cms: RunningCms;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cms = await startCms(await freePort(), siteUrl, cmsRun('admin-scope'), {
    INFOHUB_SITE_REBUILDS: 'off',
    INFOHUB_FEEDBACK_SECRET: feedbackSecret,
  });
});
test.afterAll(async () => {
  await cms?.stop();
});

async function logInAsHondurasEditor(page: Page) {
  const { email, password } = demoStaffLogin('editora.honduras@example.org');
  await page.goto(`${cms.url}/admin/login`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /log ?in/i }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** How far the page scrolls sideways, and which elements stick out past the screen's right edge (to say what to fix). */
const horizontalOverflow = async (page: Page) => {
  // Payload renders its navigation open and closes it on a phone once the page is interactive: measure after that.
  await expect(page.locator('.app-header__mobile-nav-toggler.nav-toggler--is-open')).toHaveCount(0);
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow <= 0) return 0;
    const outside = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return `${overflow} px, outside: ${[...new Set(outside)].slice(0, 8).join(', ')}`;
  });
};

test("the Honduras editor's country picker offers Honduras only", async ({ page }) => {
  await logInAsHondurasEditor(page);
  await page.goto(`${cms.url}/admin/collections/guides/create`);
  await page.locator('#field-country .rs__control').click();
  await expect(page.locator('.rs__option')).toHaveText(['Honduras']);
});

test('on a 390 px phone an editor publishes with the Publish button in view, and nothing scrolls sideways', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await logInAsHondurasEditor(page);
  // The dashboard's reviews table, its translations column included, scrolls in its own box.
  await expect(page.locator('#review-dashboard-heading')).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);

  await page.goto(`${cms.url}/admin/collections/guides`);
  await expect(page.locator('.collection-list .table')).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);

  await page.goto(`${cms.url}/admin/collections/guides/create`);
  await page.locator('#field-title').fill(`Una guía con un título muy largo para una pantalla pequeña de teléfono ${stamp}`);
  await page.locator('#field-summary').fill('Qué hacer para renovar un documento, paso a paso.');
  await page.locator('#field-country .rs__control').click();
  await page.locator('.rs__option', { hasText: 'Honduras' }).click();
  await page.locator('#field-topic .rs__control').click();
  await page.locator('.rs__option').first().click();

  const publish = page.getByRole('button', { name: /^Publish/ });
  await expect(publish).toBeInViewport();
  expect(await horizontalOverflow(page)).toBe(0);
  await publish.click();
  await expect(page).toHaveURL(/\/admin\/collections\/guides\/\d+/, { timeout: 30_000 });
  await expect(page.locator('.published-on-site')).toContainText('Published. On the site in a few seconds.');
  await expect(page.getByRole('link', { name: 'See the page on the public site' })).toHaveAttribute(
    'href',
    new RegExp(`^${siteUrl}/es/honduras/guides/una-guia-con-un-titulo-muy-largo`),
  );
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await axeViolations(page, { include: '.published-on-site' })).toEqual([]);

  // The list with that long title still fits the phone: the table scrolls in its own box.
  await page.goto(`${cms.url}/admin/collections/guides`);
  await expect(page.getByText(stamp)).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
});

test("a reader's report reaches the Honduras editor's dashboard, and marking the page reviewed offers to close it as fixed", async ({
  page,
}) => {
  await logInAsHondurasEditor(page);
  const guides = await page.request.get(
    `${cms.url}/api/guides?where[country.slug][equals]=honduras&where[_status][equals]=published&limit=1&depth=0`,
  );
  const [guide] = ((await guides.json()) as { docs: { id: number; slug: string; title: string }[] }).docs;
  if (!guide) throw new Error('The demo content has no published Honduras guide.');

  // The reader's form, as the site built it a minute ago, sent to the CMS's public endpoint.
  const target: FeedbackTarget = {
    collection: 'guides',
    documentId: String(guide.id),
    lang: 'es',
    page: `/es/honduras/guides/${guide.slug}/`,
  };
  const sent = await page.request.post(`${cms.url}/api/reports/feedback`, {
    form: reportFormValues(target, signFeedbackToken(feedbackSecret, target, new Date(Date.now() - 60_000)), {
      kind: 'phone',
      text: 'El teléfono ya no existe.',
    }),
    maxRedirects: 0,
  });
  expect(sent.status()).toBe(303);
  expect(sent.headers().location).toBe(`${siteUrl}/es/report-sent/`);

  // The dashboard counts it on the guide's row, in the editor's language.
  await page.goto(`${cms.url}/admin`);
  const dashboard = page.locator('section[aria-labelledby="review-dashboard-heading"]');
  await expect(dashboard.getByRole('columnheader', { name: 'Readers’ reports' }).first()).toBeVisible();
  await expect(dashboard.getByRole('row').filter({ hasText: guide.title })).toContainText('1 open report');
  expect(await axeViolations(page, { include: 'section[aria-labelledby="review-dashboard-heading"]' })).toEqual([]);

  // Marking the guide reviewed confirms the page is right: the editor is offered to close the report.
  await page.goto(`${cms.url}/admin/collections/guides/${guide.id}`);
  await page.getByRole('button', { name: 'Mark as reviewed' }).click();
  const offer = page.getByRole('status').filter({ hasText: 'Readers reported 1 problem with this page that is still open.' });
  await expect(offer).toBeVisible();
  expect(await axeViolations(page, { include: '[role="status"]' })).toEqual([]);
  await offer.getByRole('button', { name: 'Close them as fixed' }).click();
  await expect(page.getByText('1 report closed as fixed.')).toBeVisible();
  await expect(offer).toHaveCount(0);

  const reports = await page.request.get(`${cms.url}/api/reports?where[page][equals]=${encodeURIComponent(target.page)}&depth=0`);
  expect(((await reports.json()) as { docs: { status: string }[] }).docs.map((report) => report.status)).toEqual(['fixed']);
  await page.goto(`${cms.url}/admin`);
  await expect(dashboard.getByRole('row').filter({ hasText: guide.title }).filter({ hasText: 'open report' })).toHaveCount(0);
});
