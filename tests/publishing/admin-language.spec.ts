import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { cmsRun, demoStaffLogin, type RunningCms, startCms } from './testing/cms.ts';
import { freePort } from './testing/releaseServer.ts';

/**
 * The admin in the editor's language and time: the same guide's dates written as Spanish and English write them,
 * a review date that stays on its day in Honduras (UTC−6, where a midnight-UTC date used to show the day before),
 * and an array field whose "Add" button and rows are named in Spanish. Nothing is published: no site is served.
 */
test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 30_000 });

const honduras = 'America/Tegucigalpa';
const editor = () => demoStaffLogin('editora.honduras@example.org');

interface DemoGuide {
  id: number;
  title: string;
  updatedAt: string;
  review: { lastReviewedAt: string; nextReviewDueAt: string };
  requiredDocuments: unknown[];
}

let cms: RunningCms;
let guide: DemoGuide;

/** How the admin writes a calendar day (read in UTC, where it is stored) and a moment (in the editor's zone). */
const intlLocale = { es: 'es', en: 'en-US' } as const;
const day = (iso: string, language: 'es' | 'en') =>
  new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
/**
 * A moment as the language writes it, as a pattern: Payload's cells (date-fns' Spanish "PPp") write a morning hour
 * with two digits ("06:33") where Intl writes one ("6:33"); both are Spanish, so either is accepted.
 */
const moment = (iso: string, language: 'es' | 'en') => {
  const text = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: honduras }).format(
    new Date(iso),
  );
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/, (\d):/, ', 0?$1:'));
};

async function signIn(browser: Browser, language: 'es' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ timezoneId: honduras, locale: language === 'es' ? 'es-HN' : 'en-US' });
  // The admin's language is the account's choice, kept in Payload's language cookie (the browser's otherwise).
  await context.addCookies([{ name: 'payload-lng', value: language, url: cms.url }]);
  const page = await context.newPage();
  const { email, password } = editor();
  await page.goto(`${cms.url}/admin/login`);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin$/);
  return { context, page };
}

/** The guide's edit view once its form is ready: on a busy machine the review group renders seconds after the page. */
async function openGuide(page: Page) {
  await page.goto(`${cms.url}/admin/collections/guides/${guide.id}`);
  await expect(page.locator('[data-calendar-day="review.lastReviewedAt"]')).toBeVisible({ timeout: 30_000 });
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  // Nothing is published, so no rebuild is asked for (and no site worker started); the site address only has to be well formed.
  cms = await startCms(await freePort(), 'http://127.0.0.1:9', cmsRun('admin-language'), { INFOHUB_SITE_REBUILDS: 'off' });
  const { context, page } = await signIn(browser, 'en');
  const response = await page.request.get(`${cms.url}/api/guides?limit=100&depth=0&locale=es&sort=-updatedAt`);
  const { docs } = (await response.json()) as { docs: DemoGuide[] };
  const reviewed = docs.find((doc) => doc.review?.lastReviewedAt && doc.review.nextReviewDueAt && doc.requiredDocuments?.length > 0);
  if (!reviewed) throw new Error('The demo content has no reviewed guide with required documents in Honduras');
  guide = reviewed;
  await context.close();
});

test.afterAll(async () => {
  await cms?.stop();
});

for (const language of ['es', 'en'] as const) {
  test(`the list and the edit view write a guide's dates as ${language === 'es' ? 'Spanish' : 'English'} does`, async ({ browser }) => {
    const { context, page } = await signIn(browser, language);
    try {
      await page.goto(`${cms.url}/admin/collections/guides?limit=100`);
      const row = page.locator('tbody tr', { hasText: guide.title });
      // The next review is a day: the same day as stored, although Honduras is six hours behind UTC.
      await expect(row).toContainText(day(guide.review.nextReviewDueAt, language));
      await expect(row).toContainText(moment(guide.updatedAt, language));
      // Every sort button is named after its column, in the admin language.
      const sortButtons = page.locator('.sort-column__button');
      await expect(sortButtons.first()).toBeVisible();
      await expect(page.locator('button[aria-label*="[object Object]"]')).toHaveCount(0);
      await expect(
        page.getByRole('button', { name: language === 'es' ? /^Ordenar por Título ascendente$/i : /^Sort by Title ascending$/i }),
      ).toHaveCount(1);

      await openGuide(page);
      await expect(page.locator('[data-calendar-day="review.lastReviewedAt"]')).toContainText(day(guide.review.lastReviewedAt, language));
      await expect(page.locator('[data-calendar-day="review.nextReviewDueAt"]')).toContainText(day(guide.review.nextReviewDueAt, language));
      const lastModified = page.locator('.doc-controls__list-item', {
        hasText: language === 'es' ? 'Última modificación' : 'Last Modified',
      });
      await expect(lastModified).toContainText(moment(guide.updatedAt, language));
    } finally {
      await context.close();
    }
  });
}

test('a calendar day keeps its day in Honduras, where a midnight-UTC date read as a moment is the day before, and passes axe', async ({
  browser,
}) => {
  const { context, page } = await signIn(browser, 'es');
  try {
    await openGuide(page);
    const reviewed = page.locator('[data-calendar-day="review.lastReviewedAt"] time');
    await expect(reviewed).toHaveAttribute('datetime', guide.review.lastReviewedAt.slice(0, 10));
    const dayBefore = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeZone: honduras }).format(
      new Date(guide.review.lastReviewedAt),
    );
    expect(dayBefore).not.toBe(day(guide.review.lastReviewedAt, 'es'));
    await expect(reviewed).not.toHaveText(dayBefore);
    // Scoped to what infohub draws: Payload's own array controls (drag handles and row menus without a name, the
    // add button's contrast, small targets) have violations of their own, outside what this change touches.
    const results = await new AxeBuilder({ page })
      .setLegacyMode(true)
      .include('[data-calendar-day]')
      // Payload's field description (the same grey on every field) falls short of 4.5:1: its stylesheet, not ours.
      .exclude('[data-calendar-day] .field-description')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the required documents are added and named in Spanish', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'es');
  try {
    await openGuide(page);
    const documents = page.locator('#field-requiredDocuments');
    await expect(documents.getByRole('button', { name: 'Añadir Documento requerido' })).toBeVisible();
    await expect(documents.getByText('Documento requerido 01')).toBeVisible();
    await expect(page.getByText(/Required Document|\[object Object\]/)).toHaveCount(0);
  } finally {
    await context.close();
  }
});
