import { type FeedbackTarget, reportFormValues, signFeedbackToken } from '@infohub/content-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PayloadOverHttp, servePayloadOverHttp } from '../../../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../../../testing/startTestPayload.ts';

// A file of its own: the CMS reads its settings once, when it starts, and this one starts with no feedback secret.
describe('the "report wrong information" endpoint of a CMS with no feedback secret', () => {
  let test: TestPayload;
  let http: PayloadOverHttp;

  beforeAll(async () => {
    delete process.env.INFOHUB_FEEDBACK_SECRET;
    test = await startTestPayload();
    http = await servePayloadOverHttp(test);
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
  });

  it('stores nothing and sends the reader to the page that says reports cannot be received, in their language', async () => {
    const target: FeedbackTarget = { collection: 'guides', documentId: '1', lang: 'fr', page: '/fr/costa-rica/guides/permis/' };
    // Signed with a secret the CMS does not have: whatever the form carries, nothing can be checked.
    const token = signFeedbackToken('a secret only the site was given', target, new Date(Date.now() - 60_000));
    const form = reportFormValues(target, token, { kind: 'phone', text: 'Le numéro ne répond pas.' });
    const response = await fetch(`${http.baseUrl}/api/reports/feedback`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/fr/report-not-sent/#unavailable');
    expect((await test.payload.count({ collection: 'reports' })).totalDocs).toBe(0);
  });
});
