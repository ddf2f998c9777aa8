import { axeViolations, headingProblems, phone } from '../testing/accessibility.ts';
import { publishedUrl } from '../testing/paths.ts';
import { pdfText, pdfWords, printedPage, qrCodesOnFirstPage } from '../testing/pdfTools.ts';
import { siteString } from '../testing/siteStrings.ts';
import { watchViolations } from './testing/cspViolations.ts';
import { saveCountryInEnglish } from './testing/offline.ts';
import { expect, test } from './testing/test.ts';

/**
 * The referral slip hub staff make at the counter: picked from the country's guides and services in the browser,
 * printed (read back from Chromium's own PDF, as staff would save it), shared as a link whose picks stay in the
 * fragment, or as WhatsApp text that leaves only on a tap; right to left in Arabic, and offline once saved.
 */
const counter = '/en/guatemala/counter/';
const picks = '#g=residencia-temporal&s=albergue-tecun-uman';
const slipPaper = { format: 'Letter', printBackground: true } as const;

test.describe('the referral slip at the hub counter', () => {
  test('staff pick a guide and a service and get one slip, printed alone, shared by link or WhatsApp only on a tap', async ({
    page,
    context,
    baseURL,
  }) => {
    // Printing to PDF and reading it back (pdftotext, pdftoppm, zbarimg) takes a few seconds on a busy machine.
    test.slow();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '')) elsewhere.push(request.url());
    });
    // The QR codes are SVG put into the page by script: the strict policy must still hold.
    const policyViolations = await watchViolations(context, page);
    await page.goto(counter);
    await expect(page.getByText('This page needs JavaScript')).toBeHidden();
    const picker = page.getByRole('form', { name: 'Pick guides and services' });
    const count = picker.getByRole('status');
    await expect(count).toHaveText('Guides picked: 0. Services picked: 0.');
    const slip = page.getByRole('region', { name: 'The slip' });
    await expect(slip).toContainText('Pick at least one guide or service to make the slip.');

    // Kind of help and city narrow the services; words (any case, no accents needed) narrow both lists.
    const services = picker.getByRole('group', { name: 'Services' });
    const guides = picker.getByRole('group', { name: 'Guides' });
    await expect(services.getByRole('checkbox')).toHaveCount(2);
    await picker.getByLabel('Type of help').selectOption({ label: 'Shelter' });
    await expect(services.getByRole('checkbox')).toHaveCount(1);
    await picker.getByLabel('Type of help').selectOption({ label: 'Every kind' });
    await picker.getByLabel('City').selectOption({ label: 'Tecún Umán' });
    await expect(services.getByRole('checkbox')).toHaveCount(1);
    await services.getByRole('checkbox', { name: /Temporary shelter/ }).check();
    await picker.getByLabel('Search by name').fill('RESIDENCE guatemala');
    await expect(guides.getByRole('checkbox')).toHaveCount(1);
    await guides.getByRole('checkbox', { name: /Temporary residence in Guatemala/ }).check();
    await picker.getByLabel('Search by name').fill('tecun uman');
    await expect(services.getByRole('checkbox', { name: /Temporary shelter/ })).toBeChecked();
    await expect(count).toHaveText('Guides picked: 1. Services picked: 1.');

    await expect(slip.getByRole('heading', { name: 'Documents for: Temporary residence in Guatemala' })).toBeVisible();
    await expect(slip.getByRole('listitem')).toHaveText(['Valid passport', 'Criminal record certificate']);
    const liveService = `${publishedUrl}/en/guatemala/services/albergue-tecun-uman/`;
    const shelter = slip.locator('.slip-entry').filter({ has: page.getByRole('heading', { name: 'Temporary shelter' }) });
    for (const line of [
      'Casa del Migrante Ejemplo',
      'Calle Ejemplo 5, Tecún Umán',
      'Opening hours: Open 24 hours, every day',
      'Call +502 00003333',
    ])
      await expect(shelter).toContainText(line);
    await expect(shelter.getByRole('img', { name: `QR code that opens ${liveService}` })).toBeVisible();
    const hub = slip.locator('.slip-entry').filter({ has: page.getByRole('heading', { name: 'If you have questions, contact us again' }) });
    await expect(hub).toContainText('Tecún Umán Information Hub');
    await expect(hub).toContainText('Call +502 00002000');

    // The picks live in the fragment only, and WhatsApp gets the slip as text, with the link, when tapped.
    await expect(page).toHaveURL(new RegExp(`/en/guatemala/counter/${picks}&h=tecun-uman$`));
    const link = await page.getByLabel('Link to this slip').inputValue();
    expect(link).toBe(page.url());
    const whatsapp = page.getByRole('link', { name: 'Send by WhatsApp' });
    const href = (await whatsapp.getAttribute('href')) ?? '';
    expect(href).toMatch(/^https:\/\/wa\.me\/\?text=/);
    const message = decodeURIComponent(href.slice('https://wa.me/?text='.length));
    expect(message).toContain('*Documents for: Temporary residence in Guatemala*\n- Valid passport\n- Criminal record certificate');
    expect(message).toContain(`*Temporary shelter* · Casa del Migrante Ejemplo\nCalle Ejemplo 5, Tecún Umán\n`);
    expect(message).toContain(liveService);
    expect(message.endsWith(link)).toBe(true);

    // On paper: the slip and its title alone, the QR code readable by a phone.
    await page.emulateMedia({ media: 'print' });
    await expect(picker).toBeHidden();
    await expect(whatsapp).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const paper = await printedPage(page, (file) => ({ text: pdfText(file), codes: qrCodesOnFirstPage(file) }), slipPaper);
    expect(paper.text).toContain('Documents for: Temporary residence in Guatemala');
    expect(paper.text).toContain('Call +502 00003333');
    expect(paper.text).not.toContain('Search by name');
    expect(paper.codes).toEqual([liveService]);
    await page.emulateMedia({ media: 'screen' });
    expect(elsewhere).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  test('a link to a slip opens it with its picks ticked, a full slip passes axe, and the keyboard changes the picks', async ({ page }) => {
    // axe over a whole page takes seconds on a busy machine (the accessibility spec allows its tests three minutes).
    test.slow();
    await page.setViewportSize(phone);
    await page.goto(`${counter}${picks}&h=tecun-uman`);
    const picker = page.getByRole('form', { name: 'Pick guides and services' });
    const shelter = picker.getByRole('checkbox', { name: /Temporary shelter/ });
    await expect(picker.getByRole('checkbox', { name: /Temporary residence in Guatemala/ })).toBeChecked();
    await expect(shelter).toBeChecked();
    await expect(picker.getByRole('checkbox', { name: /Psychosocial support/ })).not.toBeChecked();
    await expect(picker.getByRole('status')).toHaveText('Guides picked: 1. Services picked: 1.');
    const slip = page.getByRole('region', { name: 'The slip' });
    await expect(slip.getByRole('heading', { name: 'Temporary shelter' })).toBeVisible();
    await expect(slip.getByRole('img', { name: /^QR code that opens / })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await headingProblems(page)).toEqual([]);

    await shelter.focus();
    await page.keyboard.press('Space');
    await expect(picker.getByRole('status')).toHaveText('Guides picked: 1. Services picked: 0.');
    await expect(slip.getByRole('heading', { name: 'Temporary shelter' })).toHaveCount(0);
    await expect(page).toHaveURL(/#g=residencia-temporal&h=tecun-uman$/);
  });

  test('an Arabic slip prints right to left, with Spanish fallbacks marked as Spanish', async ({ page }) => {
    await page.goto(`/ar/guatemala/counter/${picks}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const slip = page.locator('.slip');
    await expect(slip.locator('h3 [lang="es"]').first()).toHaveText('Residencia temporal en Guatemala');
    await expect(slip.locator('h4 [lang="es"]')).toHaveText('Albergue temporal');
    await page.emulateMedia({ media: 'print' });
    // The QR code sits at the inline end: on the left in Arabic.
    const qr = await slip.locator('.slip-qr').boundingBox();
    const entry = await slip.locator('.slip-entry', { has: page.locator('.slip-qr') }).boundingBox();
    expect(qr && entry && qr.x - entry.x).toBeLessThan(2);
    const { pageWidth, words } = await printedPage(page, pdfWords, slipPaper);
    // pdftotext -bbox gives right-to-left words in the order their glyphs sit on the page, last letter first.
    const heading = siteString('ar', 'counter.whereToGo').split(' ').at(-1) ?? '';
    const word = words.find((candidate) => [...candidate.text].reverse().join('') === heading);
    expect(word?.xMax).toBeGreaterThan(pageWidth * 0.5);
    const first = words.find((candidate) => [...candidate.text].reverse().join('') === siteString('ar', 'counter.whereToGo').split(' ')[0]);
    expect(first?.xMax).toBeGreaterThan(pageWidth * 0.85);
  });

  test('without JavaScript the page says it needs it and links to the ready-made sheets', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/es/costa-rica/counter/${picks}`);
    await expect(page.getByText(siteString('es', 'counter.needsScript'))).toBeVisible();
    await expect(page.getByRole('link', { name: siteString('es', 'print.title') }).last()).toHaveAttribute('href', '/es/costa-rica/print/');
    await expect(page.getByRole('form')).toHaveCount(0);
    await context.close();
  });

  test('works with the network off once the country is saved', async ({ page, context }) => {
    await saveCountryInEnglish(page, 'guatemala');
    await context.setOffline(true);
    await page.goto(`${counter}${picks}`);
    const slip = page.getByRole('region', { name: 'The slip' });
    await expect(slip.getByRole('heading', { name: 'Documents for: Temporary residence in Guatemala' })).toBeVisible();
    await expect(slip.getByRole('img', { name: /^QR code that opens / })).toBeVisible();
  });
});
