import type { Locator } from '@playwright/test';
import { publishedUrl } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

/** Where a text's glyphs actually are: an element's own box spans the whole line whatever its direction. */
function textBox(locator: Locator) {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const { left, right } = range.getBoundingClientRect();
    return { left, right };
  });
}

function hreflangs(page: import('@playwright/test').Page) {
  return page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
}

test.describe('right-to-left (Arabic, a test-only language)', () => {
  test('the page declares Arabic, right to left', async ({ page }) => {
    await page.goto('/ar/guatemala/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('غواتيمالا');
  });

  test('the layout runs from the right: headings start at the right edge, breadcrumbs go right to left', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 900 });
    await page.goto('/ar/guatemala/guides/viajar-seguro/');
    const main = await page.getByRole('main').boundingBox();
    const heading = await textBox(page.getByRole('heading', { level: 1 }));
    expect(main).not.toBeNull();
    if (!main) return;
    expect(main.x + main.width - heading.right).toBeLessThan(2);
    expect(heading.left - main.x).toBeGreaterThan(20);

    const crumbs = page.getByRole('navigation', { name: 'أنت هنا' }).getByRole('listitem');
    const first = await textBox(crumbs.nth(0));
    const second = await textBox(crumbs.nth(1));
    expect(first.left).toBeGreaterThan(second.right);
  });

  test('text that fell back to Spanish is marked as Spanish and runs left to right inside the Arabic page', async ({ page }) => {
    await page.goto('/ar/guatemala/guides/viajar-seguro/');
    // The page also carries a note that its review is overdue; this test is about the translation notice.
    await expect(page.getByRole('note').and(page.locator(':not([data-review-overdue])'))).toHaveText(
      'بعض أجزاء هذه الصفحة غير متوفرة بعد باللغة العربية. تظهر باللغة الإسبانية.',
    );
    const summary = page.getByText('Consejos para protegerte si estás de paso por el país.');
    await expect(summary).toHaveAttribute('lang', 'es');
    await expect(summary).toHaveCSS('direction', 'ltr');
    const main = await page.getByRole('main').boundingBox();
    const summaryText = await textBox(summary);
    // A left-to-right paragraph starts at the left edge, even in a right-to-left page.
    expect(main && summaryText.left - main.x).toBeLessThan(2);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /.+/);
  });

  test('a site page without its Arabic text shows the Spanish one, marked and left to right, under an Arabic notice', async ({ page }) => {
    await page.goto('/ar/privacy/');
    await expect(page.getByRole('note')).toHaveText('هذه الصفحة غير متوفرة بعد باللغة العربية. تظهر باللغة الإسبانية.');
    const text = page.locator('.site-page');
    await expect(text).toHaveAttribute('lang', 'es');
    await expect(text).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacidad');
  });

  test('the language switcher lists Arabic in its own script and links every language to the same page', async ({ page }) => {
    await page.goto('/ar/guatemala/guides/viajar-seguro/');
    const languages = page.getByRole('navigation', { name: 'اللغة' }).getByRole('link');
    await expect(languages).toHaveText(['Español', 'English', 'Kreyòl ayisyen', 'العربية']);
    await expect(languages.filter({ hasText: 'العربية' })).toHaveAttribute('aria-current', 'true');
    await expect(languages.filter({ hasText: 'Español' })).toHaveAttribute('href', '/es/guatemala/guides/viajar-seguro/');

    await page.goto('/en/guatemala/guides/viajar-seguro/');
    const arabic = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' });
    await expect(arabic).toHaveAttribute('lang', 'ar');
    await expect(arabic).toHaveAttribute('hreflang', 'ar');
    await arabic.click();
    await expect(page).toHaveURL(/\/ar\/guatemala\/guides\/viajar-seguro\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('السفر بأمان عبر غواتيمالا');
  });

  test('hreflang lists Arabic only where the page exists in Arabic', async ({ page }) => {
    await page.goto('/es/guatemala/guides/viajar-seguro/');
    expect(await hreflangs(page)).toEqual(['es', 'en', 'ht', 'ar', 'x-default']);
    await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute(
      'href',
      `${publishedUrl}/ar/guatemala/guides/viajar-seguro/`,
    );

    await page.goto('/es/costa-rica/guides/permiso-de-trabajo/');
    expect(await hreflangs(page)).toEqual(['es', 'en', 'x-default']);
    await expect(page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'العربية' })).toHaveCount(0);
  });
});
