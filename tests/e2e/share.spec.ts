import { publishedUrl } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

/** The message a share link carries, read back from its address. */
function messageOf(href: string | null): string | null {
  if (href === null) return null;
  return href.startsWith('sms:') ? decodeURIComponent(href.replace(/^sms:\?body=/, '')) : new URL(href).searchParams.get('text');
}

test.describe('sharing a page', () => {
  test('WhatsApp and SMS links carry the page’s title and address; copy link copies it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/es/costa-rica/guides/permiso-de-trabajo/');
    const share = page.getByRole('region', { name: 'Compartir esta página' });
    const message = `Permiso de trabajo en Costa Rica\n${publishedUrl}/es/costa-rica/guides/permiso-de-trabajo/`;

    const whatsapp = await share.getByRole('link', { name: 'WhatsApp' }).getAttribute('href');
    expect(whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(messageOf(whatsapp)).toBe(message);
    const sms = await share.getByRole('link', { name: 'Mensaje de texto (SMS)' }).getAttribute('href');
    expect(sms).toMatch(/^sms:\?body=/);
    expect(messageOf(sms)).toBe(message);

    await share.getByRole('button', { name: 'Copiar el enlace' }).click();
    await expect(share.getByRole('status')).toHaveText('Enlace copiado.');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(`${publishedUrl}/es/costa-rica/guides/permiso-de-trabajo/`);
    // Chromium on Linux has no share sheet: the button for it stays out.
    await expect(share.getByRole('button', { name: 'Compartir…' })).toBeHidden();
  });

  test('offers the phone’s share sheet where the browser has one', async ({ page }) => {
    // Stands in for a phone's browser, where the Web Share API exists; it records what the page asks to share.
    await page.addInitScript(
      'navigator.share = (data) => { window.sharedData = data; return Promise.resolve(); }; navigator.canShare = () => true;',
    );
    await page.goto('/en/costa-rica/services/asesoria-legal-san-jose/');
    await page.getByRole('region', { name: 'Share this page' }).getByRole('button', { name: 'Share…' }).click();
    expect(await page.evaluate('window.sharedData')).toEqual({
      title: 'Free legal advice',
      url: `${publishedUrl}/en/costa-rica/services/asesoria-legal-san-jose/`,
    });
  });

  test('right to left in Arabic, with the Arabic title in the message', async ({ page }) => {
    await page.goto('/ar/guatemala/hubs/tecun-uman/');
    const share = page.getByRole('region', { name: 'شارك هذه الصفحة' });
    expect(messageOf(await share.getByRole('link', { name: 'واتساب' }).getAttribute('href'))).toBe(
      `مركز المعلومات في تيكون أومان\n${publishedUrl}/ar/guatemala/hubs/tecun-uman/`,
    );
    const section = await share.boundingBox();
    const heading = await share.getByRole('heading').evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect().right;
    });
    expect(section && section.x + section.width - heading).toBeLessThan(2);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the links are plain links, and the page’s own address stands in for copying', async ({ page }) => {
      await page.goto('/en/guatemala/hubs/tecun-uman/');
      const share = page.getByRole('region', { name: 'Share this page' });
      await expect(share.getByRole('link')).toHaveText(['WhatsApp', 'Text message (SMS)', 'Link to this page']);
      await expect(share.getByRole('link', { name: 'Link to this page' })).toHaveAttribute(
        'href',
        `${publishedUrl}/en/guatemala/hubs/tecun-uman/`,
      );
      await expect(share.getByRole('button')).toHaveCount(0);
    });
  });
});
