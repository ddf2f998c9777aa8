import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../payload-types.ts';
import { createCountryAndTopic, spanishGuide } from '../../testing/fixtures.ts';
import { type PayloadOverHttp, servePayloadOverHttp } from '../../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../../testing/startTestPayload.ts';
import { openReportsQuery } from './openReports.ts';

const password = 'a long test password for reports';

describe('readers’ open reports in the admin', () => {
  let test: TestPayload;
  let http: PayloadOverHttp;
  let payload: Payload;
  let guideId: number;
  let editor: User;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    const ids = await createCountryAndTopic(payload);
    const other = await payload.create({
      collection: 'countries',
      locale: 'es',
      data: { code: 'PA', slug: 'panama', name: 'Panamá', locales: ['es'], emergencyNumbers: [{ number: '911', label: 'Emergencias' }] },
    });
    guideId = (
      await payload.create({
        collection: 'guides',
        locale: 'es',
        data: { ...spanishGuide(ids, 'Permiso de trabajo'), _status: 'published' },
      })
    ).id;
    const report = (status: 'new' | 'confirmed' | 'fixed', page = '/es/costa-rica/guides/permiso-de-trabajo/') =>
      payload.create({
        collection: 'reports',
        data: { status, kind: 'phone', page, language: 'es', document: { relationTo: 'guides', value: guideId }, country: ids.country },
      });
    await report('new');
    await report('confirmed');
    await report('fixed');
    const user = (email: string, country: number) =>
      payload.create({
        collection: 'users',
        data: { email, password, roles: ['country-editor'], countries: [country] } as never,
      }) as Promise<User>;
    editor = await user('editora.cr@example.org', ids.country);
    await user('editor.pa@example.org', other.id);
    http = await servePayloadOverHttp(test);
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
  });

  it('counts a document’s open reports on the review dashboard, so it is listed though its review is not due', async () => {
    const { reviewDashboardData } = await import('../../review/reviewDashboard.ts');
    const { openReportsColumn } = await import('./dashboardColumn.ts');
    const dashboard = await reviewDashboardData({ payload, user: editor, now: new Date(), columns: [openReportsColumn], language: 'es' });
    const row = dashboard.countries[0]?.rows.find((candidate) => candidate.id === guideId);
    expect(row?.cells.reports).toEqual({ text: '2 avisos abiertos', attention: true });
  });

  it('lets the country’s editor close a document’s open reports as fixed in one request, and nobody else', async () => {
    const signIn = async (email: string) => {
      const response = await fetch(`${http.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      return { Authorization: `JWT ${((await response.json()) as { token: string }).token}`, 'content-type': 'application/json' };
    };
    const openReports = `${http.baseUrl}/api/reports?${openReportsQuery('guides', guideId)}&limit=0`;
    const outsider = await signIn('editor.pa@example.org');
    expect(((await (await fetch(openReports, { headers: outsider })).json()) as { totalDocs: number }).totalDocs).toBe(0);
    await fetch(openReports, { method: 'PATCH', headers: outsider, body: JSON.stringify({ status: 'dismissed' }) });

    const own = await signIn('editora.cr@example.org');
    expect(((await (await fetch(openReports, { headers: own })).json()) as { totalDocs: number }).totalDocs).toBe(2);
    const closed = await fetch(openReports, {
      method: 'PATCH',
      headers: own,
      body: JSON.stringify({ status: 'fixed', text: 'rewritten' }),
    });
    expect(closed.status).toBe(200);
    const { docs } = await payload.find({ collection: 'reports', depth: 0, sort: 'id' });
    expect(docs.map((report) => report.status)).toEqual(['fixed', 'fixed', 'fixed']);
    // What the reader wrote stays as they sent it.
    expect(docs.map((report) => report.text ?? null)).toEqual([null, null, null]);
  });
});
