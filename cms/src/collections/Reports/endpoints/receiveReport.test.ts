import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type FeedbackTarget, reportFormValues, reportLimits, signFeedbackToken } from '@infohub/content-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, spanishGuide } from '../../../testing/fixtures.ts';
import { type PayloadOverHttp, servePayloadOverHttp } from '../../../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../../../testing/startTestPayload.ts';

const secret = 'the feedback secret of this test';

describe('the public "report wrong information" endpoint, over HTTP', () => {
  let test: TestPayload;
  let http: PayloadOverHttp;
  let target: FeedbackTarget;
  let countryId: number;
  let reportsPerPagePerDay: number;
  let readerReportsPerHour: number;

  beforeAll(async () => {
    process.env.INFOHUB_FEEDBACK_SECRET = secret;
    test = await startTestPayload();
    const ids = await createCountryAndTopic(test.payload);
    countryId = ids.country;
    const guide = await test.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Permiso de trabajo'), _status: 'published' },
    });
    target = { collection: 'guides', documentId: String(guide.id), lang: 'en', page: '/en/costa-rica/guides/permiso-de-trabajo/' };
    ({ reportsPerPagePerDay } = await import('./receiveReport.ts'));
    readerReportsPerHour = (await import('../../../security/rateLimits.ts')).rateLimits.readerReports.attempts;
    http = await servePayloadOverHttp(test);
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
    delete process.env.INFOHUB_FEEDBACK_SECRET;
  });

  // A page built a minute ago, as the site signs it; each test is its own client (the address a proxy appends).
  const formFor = (fields: Record<string, string> = {}, issuedAt = new Date(Date.now() - 60_000)) => ({
    ...reportFormValues(target, signFeedbackToken(secret, target, issuedAt), { kind: 'phone', text: 'The number rings nowhere.' }),
    ...fields,
  });
  const send = (client: string, form: Record<string, string> | string) =>
    fetch(`${http.baseUrl}/api/reports/feedback`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client },
      body: typeof form === 'string' ? form : new URLSearchParams(form).toString(),
    });
  const storedReports = async () => (await test.payload.find({ collection: 'reports', limit: 0, depth: 0 })).docs;

  it('stores a report as the reader wrote it, in the page’s country, and sends them to the thank-you page in their language', async () => {
    const text = 'Closed since May <script>alert(1)</script> & "moved"';
    const response = await send('203.0.113.1', formFor({ kind: 'closed', text, contact: '  +504 9999 0000 ' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/report-sent/');
    const [report] = await storedReports();
    expect(report).toMatchObject({
      status: 'new',
      kind: 'closed',
      text,
      contact: '+504 9999 0000',
      page: target.page,
      language: 'en',
      country: countryId,
      document: { relationTo: 'guides', value: Number(target.documentId) },
    });
  });

  it('tells a script that filled the hidden field all went well and stores nothing', async () => {
    const before = (await storedReports()).length;
    const response = await send('203.0.113.2', formFor({ website: 'https://spam.example' }));
    expect(response.status).toBe(303);
    expect(await storedReports()).toHaveLength(before);
  });

  // Where a refused reader is sent: the site's page that says why in their language, at the reason.
  const refusal = (response: Response) => {
    expect(response.status).toBe(303);
    return response.headers.get('location');
  };

  it('sends a reader whose token is missing, moved, too fast or too old to the page that says why, in their language', async () => {
    const client = '203.0.113.3';
    const before = (await storedReports()).length;
    expect(refusal(await send(client, formFor({ token: '' })))).toBe('/en/report-not-sent/#incomplete');
    expect(refusal(await send(client, formFor({ page: '/en/costa-rica/guides/another/' })))).toBe('/en/report-not-sent/#incomplete');
    expect(refusal(await send(client, formFor({}, new Date())))).toBe('/en/report-not-sent/#too-fast');
    expect(refusal(await send(client, formFor({}, new Date(Date.now() - 401 * 24 * 3600 * 1000))))).toBe('/en/report-not-sent/#too-old');
    // A page still out there whose document was deleted since.
    const deleted: FeedbackTarget = { ...target, documentId: '999999' };
    const gone = reportFormValues(deleted, signFeedbackToken(secret, deleted, new Date(Date.now() - 60_000)), { kind: 'phone' });
    expect(refusal(await send(client, gone))).toBe('/en/report-not-sent/#page-gone');
    expect(await storedReports()).toHaveLength(before);
  });

  it('refuses text, a contact or a whole form larger than the limits, and anything but the form', async () => {
    const client = '203.0.113.4';
    const before = (await storedReports()).length;
    expect(refusal(await send(client, formFor({ text: 'x'.repeat(reportLimits.textMaxChars + 1) })))).toBe('/en/report-not-sent/#too-long');
    expect(refusal(await send(client, formFor({ contact: 'x'.repeat(reportLimits.contactMaxChars + 1) })))).toBe(
      '/en/report-not-sent/#too-long',
    );
    // Refused before its language is read: said in Spanish, the site's first language.
    const huge = `${new URLSearchParams(formFor()).toString()}&padding=${'x'.repeat(reportLimits.bodyMaxBytes)}`;
    expect(refusal(await send(client, huge))).toBe('/es/report-not-sent/#too-long');
    const json = await fetch(`${http.baseUrl}/api/reports/feedback`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify(formFor()),
    });
    expect(refusal(json)).toBe('/es/report-not-sent/#incomplete');
    expect(refusal(await send(client, formFor({ kind: 'everything' })))).toBe('/en/report-not-sent/#incomplete');
    expect(refusal(await send(client, formFor({ lang: 'xx' })))).toBe('/es/report-not-sent/#incomplete');
    // Read once, as every field is: spaces around the language do not send the reader to another language's page.
    expect(refusal(await send(client, formFor({ kind: 'everything', lang: ' en ' })))).toBe('/en/report-not-sent/#incomplete');
    expect(await storedReports()).toHaveLength(before);
  });

  it('lets one address send its hourly share of reports, then sends it to the page that says to wait', async () => {
    const client = '198.51.100.9';
    for (let attempt = 1; attempt <= readerReportsPerHour; attempt++) {
      expect((await send(client, formFor({ website: 'filled, so nothing is stored' }))).headers.get('location')).toBe('/en/report-sent/');
    }
    const refused = await send(client, formFor({ lang: 'fr' }));
    expect(refusal(refused)).toBe('/fr/report-not-sent/#too-many');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect((await send('198.51.100.10', formFor({ website: 'x' }))).headers.get('location')).toBe('/en/report-sent/');
  });

  it('stops storing reports about one page once it has had its day’s share', async () => {
    const already = (await storedReports()).filter((report) => report.page === target.page).length;
    // The day's earlier reports, as a flood from many addresses would have left them.
    for (let stored = already; stored < reportsPerPagePerDay - 1; stored++) {
      await test.payload.create({
        collection: 'reports',
        data: {
          status: 'new',
          kind: 'other',
          page: target.page,
          language: 'en',
          document: { relationTo: 'guides', value: Number(target.documentId) },
          country: countryId,
        },
      });
    }
    expect((await send('192.0.2.1', formFor())).status).toBe(303);
    expect(refusal(await send('192.0.2.2', formFor()))).toBe('/en/report-not-sent/#too-many');
    expect((await storedReports()).filter((report) => report.page === target.page)).toHaveLength(reportsPerPagePerDay);
  });

  it('arrives through the site’s own server, which forwards /feedback and appends the reader’s address', async () => {
    const { serveSite } = await import('@infohub/release');
    const siteFolder = path.join(test.directory, 'site');
    await mkdir(siteFolder);
    const site = await serveSite(siteFolder, 0, '127.0.0.1', { feedbackTo: new URL('/api/reports/feedback', http.baseUrl) });
    try {
      const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      const before = (await storedReports()).length;
      const otherPage: FeedbackTarget = { ...target, page: '/es/costa-rica/guides/permiso-de-trabajo/', lang: 'es' };
      const form = reportFormValues(otherPage, signFeedbackToken(secret, otherPage, new Date(Date.now() - 60_000)), { kind: 'hours' });
      const response = await fetch(`${siteUrl}/feedback`, {
        method: 'POST',
        redirect: 'manual',
        // What the reader's browser might claim: the CMS counts the address the site's server saw, appended last.
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.77' },
        body: new URLSearchParams(form).toString(),
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/es/report-sent/');
      expect(response.headers.get('content-security-policy')).toContain("form-action 'self'");
      expect(await storedReports()).toHaveLength(before + 1);
      expect((await fetch(`${siteUrl}/feedback`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });

  it('shows reports to nobody who is not signed in', async () => {
    const listed = await fetch(`${http.baseUrl}/api/reports`);
    expect(listed.status).toBe(403);
    const created = await fetch(`${http.baseUrl}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'other', page: '/x/', language: 'es', country: countryId }),
    });
    expect(created.status).toBe(403);
  });
});
