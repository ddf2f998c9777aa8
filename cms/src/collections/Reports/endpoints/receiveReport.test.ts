import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type FeedbackTarget, reportLimits, signFeedbackToken } from '@infohub/content-schemas';
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
    kind: 'phone',
    text: 'The number rings nowhere.',
    contact: '',
    website: '',
    collection: target.collection,
    document: target.documentId,
    lang: target.lang,
    page: target.page,
    token: signFeedbackToken(secret, target, issuedAt),
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

  it('refuses a missing, moved, too fast or too old token, saying what to do', async () => {
    const client = '203.0.113.3';
    const missing = await send(client, formFor({ token: '' }));
    expect(missing.status).toBe(403);
    expect(await missing.text()).toBe('The form is incomplete: open the page again and send the report from it.');
    const otherPage = await send(client, formFor({ page: '/en/costa-rica/guides/another/' }));
    expect(otherPage.status).toBe(403);
    expect(await otherPage.text()).toContain('does not belong to this page');
    const tooFast = await send(client, formFor({}, new Date()));
    expect(tooFast.status).toBe(429);
    expect(await tooFast.text()).toContain('too fast');
    const tooOld = await send(client, formFor({}, new Date(Date.now() - 401 * 24 * 3600 * 1000)));
    expect(tooOld.status).toBe(403);
    expect(await tooOld.text()).toContain('too old');
  });

  it('refuses text, a contact or a whole form larger than the limits, and anything but the form', async () => {
    const client = '203.0.113.4';
    const longText = await send(client, formFor({ text: 'x'.repeat(reportLimits.textMaxChars + 1) }));
    expect(longText.status).toBe(413);
    expect(await longText.text()).toBe(`The text is too long: at most ${reportLimits.textMaxChars} characters.`);
    expect((await send(client, formFor({ contact: 'x'.repeat(reportLimits.contactMaxChars + 1) }))).status).toBe(413);
    const huge = `${new URLSearchParams(formFor()).toString()}&padding=${'x'.repeat(reportLimits.bodyMaxBytes)}`;
    expect((await send(client, huge)).status).toBe(413);
    const json = await fetch(`${http.baseUrl}/api/reports/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify(formFor()),
    });
    expect(json.status).toBe(415);
    expect((await send(client, formFor({ kind: 'everything' }))).status).toBe(400);
  });

  it('lets one address send its hourly share of reports, then answers 429 with Retry-After', async () => {
    const client = '198.51.100.9';
    for (let attempt = 1; attempt <= readerReportsPerHour; attempt++) {
      expect((await send(client, formFor({ website: 'filled, so nothing is stored' }))).status).toBe(303);
    }
    const refused = await send(client, formFor());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(await refused.text()).toBe('Too many attempts from this network. Try again in 60 minutes.');
    expect((await send('198.51.100.10', formFor({ website: 'x' }))).status).toBe(303);
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
    const refused = await send('192.0.2.2', formFor());
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('many reports today');
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
      const form = {
        ...formFor({ kind: 'hours' }),
        page: otherPage.page,
        lang: 'es',
        token: signFeedbackToken(secret, otherPage, new Date(Date.now() - 60_000)),
      };
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
