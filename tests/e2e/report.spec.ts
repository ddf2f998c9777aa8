import { axeViolations, smallControls } from '../testing/accessibility.ts';
import { expect, test } from './testing/test.ts';

test.describe('reporting wrong information, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every guide, service and hub page carries a plain form that posts the page’s own report to /feedback', async ({ page }) => {
    await page.goto('/es/costa-rica/guides/permiso-de-trabajo/');
    await page.getByText('Informar de un error en esta página').click();
    const form = page.locator('form[data-report-form]');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/feedback');
    const kinds = form.getByRole('group', { name: '¿Qué está mal?' }).getByRole('radio');
    await expect(kinds).toHaveCount(5);
    await expect(form.getByRole('radio', { name: 'El horario' })).toBeVisible();
    await expect(form.getByRole('textbox', { name: /Cuéntenos qué está mal \(opcional, hasta 1000 caracteres\)/ })).toHaveAttribute(
      'maxlength',
      '1000',
    );
    const contact = form.getByRole('textbox', { name: 'Cómo contactarle (opcional)' });
    await expect(contact).toHaveAccessibleDescription('Solo si quiere una respuesta. Déjelo vacío para seguir en el anonimato.');
    await expect(form).toContainText('No le pedimos su nombre.');
    // The field people never see, and what binds the report to this page.
    await expect(form.locator('input[name="website"]')).toBeHidden();
    await expect(form.locator('input[name="page"]')).toHaveValue('/es/costa-rica/guides/permiso-de-trabajo/');
    await expect(form.locator('input[name="collection"]')).toHaveValue('guides');
    await expect(form.locator('input[name="token"]')).toHaveValue(/^\d+\.[\w-]{43}$/);
    await expect(form.getByRole('button', { name: 'Enviar el aviso' })).toBeVisible();

    for (const [path, collection] of [
      ['/en/costa-rica/services/asesoria-legal-san-jose/', 'services'],
      ['/en/costa-rica/hubs/san-jose/', 'hubs'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByText('Report wrong information on this page')).toBeVisible();
      await expect(page.locator('form[data-report-form] input[name="collection"]')).toHaveValue(collection);
      await expect(page.locator('form[data-report-form] input[name="lang"]')).toHaveValue('en');
    }
  });

  test('the thank-you page speaks the reader’s language and leads back home', async ({ page }) => {
    await page.goto('/ht/report-sent/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mèsi pou siyalman ou');
    await expect(page.getByRole('status')).toHaveText(
      'Nou resevwa siyalman ou. Ekip editoryal la ap tcheke paj la epi korije l si sa nesesè.',
    );
    await expect(page.getByRole('link', { name: 'Ale nan paj lakay la' })).toHaveAttribute('href', '/ht/');
  });

  test('a report the CMS did not keep is explained in the reader’s language, the one reason it was sent to', async ({ page }) => {
    await page.goto('/fr/report-not-sent/#too-long');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre signalement n’a pas été envoyé');
    const reasons = page.locator('.refusal-reasons li');
    await expect(reasons).toHaveCount(7);
    await expect(reasons.filter({ visible: true })).toHaveText([
      'Le signalement est trop long : au plus 1000 caractères de texte et 200 pour le contact.',
    ]);
    await expect(page.getByText('ce que vous avez écrit y est en général encore')).toBeVisible();
    // Without a reason (an address typed by hand), every reason is listed.
    await page.goto('/es/report-not-sent/');
    await expect(reasons.filter({ visible: true })).toHaveCount(7);
    await expect(page.getByText('Espere un momento y envíelo de nuevo.')).toBeVisible();
  });
});

test.describe('reporting wrong information, with JavaScript', () => {
  test('offline, the form says it needs a connection and is not sent', async ({ page, context }) => {
    const guide = '/en/costa-rica/guides/permiso-de-trabajo/';
    await page.goto(guide);
    await page.getByText('Report wrong information on this page').click();
    const notice = page.getByText('You are offline: sending a report needs an internet connection.');
    await expect(notice).toBeHidden();
    await context.setOffline(true);
    await expect(notice).toBeVisible();
    await page.getByRole('radio', { name: 'The phone number' }).check();
    await page.getByRole('button', { name: 'Send the report' }).click();
    await expect(page).toHaveURL(new RegExp(`${guide}$`));
    await context.setOffline(false);
    await expect(notice).toBeHidden();
  });

  test('the open form is accessible, right to left too', async ({ page }) => {
    await page.goto('/ar/guatemala/guides/permiso-de-trabajo/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByText('الإبلاغ عن خطأ في هذه الصفحة').click();
    await expect(page.getByRole('button', { name: 'إرسال البلاغ' })).toBeVisible();
    expect(await axeViolations(page, { include: '[data-report]' })).toEqual([]);
    expect(await smallControls(page)).toEqual([]);
  });

  test('the page saying why a report was not kept is accessible, right to left too', async ({ page }) => {
    await page.goto('/ar/report-not-sent/#too-many');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.refusal-reasons li').filter({ visible: true })).toHaveText([/وصلت بلاغات كثيرة/]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
