import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildSite } from '../testing/buildSite.ts';
import { fixtureSnapshot, outputFolder, publishedUrl } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

/** The names of the services listed under each group heading (a city or a category) of a list page. */
async function servicesByGroup(page: Page): Promise<Record<string, string[]>> {
  return page
    .locator('section[data-group]')
    .evaluateAll((sections) =>
      Object.fromEntries(
        sections.map((section) => [
          section.querySelector('h2')?.textContent?.trim() ?? '',
          [...section.querySelectorAll('article h3')].map((heading) => heading.textContent?.trim() ?? ''),
        ]),
      ),
    );
}

test.describe('services directory with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the index offers each type of help and each city, with how many services each has', async ({ page }) => {
    await page.goto('/es/costa-rica/services/');
    await expect(page.getByRole('region', { name: 'Por tipo de ayuda' }).getByRole('link')).toHaveText([
      'Asesoría legal (2)',
      'Salud (2)',
      'Alimentación (1)',
    ]);
    await expect(page.getByRole('region', { name: 'Por ciudad' }).getByRole('link')).toHaveText(['Liberia (2)', 'San José (3)']);
    await page.getByRole('link', { name: 'Asesoría legal (2)' }).click();
    await expect(page).toHaveURL(/\/es\/costa-rica\/services\/category\/legal-aid\/$/);
  });

  test('a category page lists its services, grouped by city', async ({ page }) => {
    await page.goto('/es/costa-rica/services/category/legal-aid/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asesoría legal');
    expect(await servicesByGroup(page)).toEqual({
      Liberia: ['Orientación legal en Liberia'],
      'San José': ['Asesoría legal gratuita'],
    });
  });

  test('a city page lists the city’s services, grouped by type of help, and no other city’s', async ({ page }) => {
    await page.goto('/en/costa-rica/services/city/san-jose/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Services in San José');
    expect(await servicesByGroup(page)).toEqual({
      'Legal advice': ['Free legal advice'],
      Health: ['Community health clinic'],
      Food: ['Community kitchen'],
    });
    await page.getByRole('link', { name: 'Community health clinic' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community health clinic');
  });

  test('a service page has links that call, open WhatsApp, write an email and open a map', async ({ page }) => {
    await page.goto('/es/costa-rica/services/asesoria-legal-san-jose/');
    const contact = page.getByRole('region', { name: 'Contacto' });
    await expect(contact.getByRole('link', { name: 'Llamar al +506 00001234' })).toHaveAttribute('href', 'tel:+50600001234');
    await expect(contact.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute('href', 'https://wa.me/50600001235');
    await expect(contact.getByRole('link', { name: 'Escribir a ayuda@clinica.example.org' })).toHaveAttribute(
      'href',
      'mailto:ayuda@clinica.example.org',
    );
    const address = page.getByRole('region', { name: 'Dirección' });
    await expect(address.getByRole('link', { name: 'Abrir en el mapa del teléfono' })).toHaveAttribute(
      'href',
      'geo:9.9325,-84.0795?q=9.9325,-84.0795',
    );
    await expect(address.getByRole('link', { name: 'Ver en OpenStreetMap' })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=9.9325&mlon=-84.0795#map=17/9.9325/-84.0795',
    );
    for (const link of await page.locator('main .actions a').all()) {
      const box = await link.boundingBox();
      expect(box?.height, (await link.textContent()) ?? undefined).toBeGreaterThanOrEqual(44);
    }
  });

  test('a service page shows its hours per weekday, cost, languages and when it was checked', async ({ page }) => {
    await page.goto('/es/costa-rica/services/asesoria-legal-san-jose/');
    const hours = page.getByRole('region', { name: 'Horario' });
    await expect(hours.getByRole('row')).toHaveText([
      'Lunes08:00–16:00',
      'Martes08:00–16:00',
      'Miércoles08:00–16:00',
      'Jueves08:00–16:00',
      'Viernes08:00–16:00',
      'Sábado08:00–12:00',
      'DomingoCerrado',
    ]);
    await expect(page.getByRole('definition').filter({ hasText: 'Gratis' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'español, inglés' })).toBeVisible();
    await expect(page.getByText('Información comprobada el 10 de octubre de 2026.')).toBeVisible();
  });

  test('says plainly that a service is temporarily closed, and when a service has published no hours', async ({ page }) => {
    await page.goto('/es/costa-rica/services/clinica-liberia/');
    await expect(page.getByText('Este servicio está cerrado temporalmente. Llama antes de ir.')).toBeVisible();
    await page.goto('/es/costa-rica/services/comedor-san-jose/');
    await expect(page.getByRole('region', { name: 'Horario' })).toHaveText(/No tenemos su horario\. Llama antes de ir\./);
    await expect(page.getByRole('region', { name: 'Contacto' }).getByRole('link', { name: /WhatsApp/ })).toHaveAttribute(
      'href',
      'https://wa.me/50600008888',
    );
  });

  test('describes the service for search engines in JSON-LD, with the hours the page shows', async ({ page }) => {
    await page.goto('/en/costa-rica/services/consultorio-san-jose/');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(data).toMatchObject({
      '@type': 'Service',
      name: 'Community health clinic',
      provider: { name: 'Consultorio Comunitario Ejemplo' },
      availableChannel: {
        serviceLocation: {
          '@type': 'Place',
          geo: { latitude: 9.9281, longitude: -84.0907 },
          openingHoursSpecification: [
            { opens: '08:00', closes: '12:00', dayOfWeek: expect.arrayContaining(['https://schema.org/Friday']) },
            { opens: '13:00', closes: '17:00' },
          ],
        },
      },
    });
  });
});

test.describe('services directory with JavaScript', () => {
  // Monday 23 November 2026, 09:30 in Costa Rica (UTC−6) and 12:30 over lunch.
  const mondayMorning = new Date('2026-11-23T15:30:00Z');
  const mondayLunch = new Date('2026-11-23T18:30:00Z');

  test('says a service is open now by Costa Rica’s clock, whatever the phone’s zone', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await page.clock.setFixedTime(mondayMorning);
    await page.goto('/es/costa-rica/services/consultorio-san-jose/');
    await expect(page.getByText('Abierto ahora')).toBeVisible();
    await context.close();
  });

  test('says a service is closed now over its lunch break', async ({ page }) => {
    await page.clock.setFixedTime(mondayLunch);
    await page.goto('/en/costa-rica/services/consultorio-san-jose/');
    await expect(page.getByText('Closed now')).toBeVisible();
  });

  test('never says "open now" for a service that is temporarily closed', async ({ page }) => {
    await page.clock.setFixedTime(mondayMorning);
    await page.goto('/es/costa-rica/services/clinica-liberia/');
    await expect(page.getByRole('region', { name: 'Horario' })).toContainText('Lunes');
    await expect(page.getByText(/Abierto ahora|Cerrado ahora/)).toHaveCount(0);
  });

  test('filters a city’s services by type of help in place, and shows them all again', async ({ page }) => {
    await page.goto('/es/costa-rica/services/city/san-jose/');
    const url = page.url();
    await page.getByRole('link', { name: 'Salud (1)' }).click();
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Consultorio médico comunitario']);
    await expect(page.getByRole('status')).toHaveText('Se muestran solo: Salud (1)');
    expect(page.url()).toBe(url);
    await page.getByRole('button', { name: 'Ver todos' }).click();
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      'Asesoría legal gratuita',
      'Consultorio médico comunitario',
      'Comedor solidario',
    ]);
  });
});

test.describe('the site build', () => {
  test('stops on opening hours it cannot read, naming the service and the field', () => {
    const folder = mkdtempSync(path.join(outputFolder, 'hours-build-'));
    const snapshot = JSON.parse(readFileSync(fixtureSnapshot, 'utf8'));
    snapshot.services[0].openingHours = 'lunes a viernes de 8 a 4';
    const snapshotPath = path.join(folder, 'snapshot.json');
    writeFileSync(snapshotPath, JSON.stringify(snapshot));

    const build = buildSite(snapshotPath, path.join(folder, 'site'), publishedUrl);

    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      'services "asesoria-legal-san-jose" (costa-rica), field "openingHours": "lunes a viernes de 8 a 4" is not OpenStreetMap opening_hours syntax',
    );
  });
});
