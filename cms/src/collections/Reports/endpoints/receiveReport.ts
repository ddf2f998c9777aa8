import {
  type FeedbackTarget,
  feedbackTokenProblem,
  paths,
  type ReportedCollection,
  type ReportKind,
  reportedCollections,
  reportFormFields,
  reportKinds,
  reportLimits,
} from '@infohub/content-schemas';
import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import { env } from '../../../env.ts';
import { consumeRateLimit } from '../../../security/rateLimits.ts';
import { relationId } from '../../../utilities/relationId.ts';

/** A flood of reports about one page (a script with one good token) stops here each day, so it cannot fill the disk. */
export const reportsPerPagePerDay = 20;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Report {
  kind: ReportKind;
  text: string;
  contact: string;
  target: FeedbackTarget;
  token: string;
}

/**
 * `POST /api/reports/feedback`: the "report wrong information" form of the public site, sent as a plain HTML form
 * (`application/x-www-form-urlencoded`) through the site's `/feedback`, or straight here from a static host. It
 * answers a stored report with a redirect to the site's thank-you page in the reader's language, and a refused one
 * with a short text saying why (the reader sees it in place of the page).
 */
export const receiveReportEndpoint: Omit<Endpoint, 'root'> = {
  path: '/feedback',
  method: 'post',
  handler: async (req) => {
    try {
      await consumeRateLimit('readerReports', req);
      if (!env.feedbackSecret) throw new Refusal(503, 'Reports are not accepted here: INFOHUB_FEEDBACK_SECRET is not set on the CMS.');
      const form = new URLSearchParams(await readBody(req));
      // Whoever filled in the field people never see is told all went well and nothing is stored.
      if ((form.get(reportFormFields.honeypot) ?? '') !== '') return thankYou(validLanguage(form.get(reportFormFields.lang)));
      const report = parseReport(form);
      const problem = feedbackTokenProblem(env.feedbackSecret, report.token, report.target, new Date());
      if (problem) throw new Refusal(problem === 'too-fast' ? 429 : 403, tokenRefusals[problem]);
      await storeReport(req, report);
      return thankYou(report.target.lang);
    } catch (error) {
      // The reader's browser shows the answer as a page: plain text. (Payload adds the rate limit's Retry-After,
      // which it keeps in req.responseHeaders, to whatever the endpoint answers.)
      if (error instanceof Refusal || (error instanceof APIError && error.status === 429)) {
        return new Response(error.message, { status: error.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
      }
      throw error;
    }
  },
};

const tokenRefusals = {
  malformed: 'The form is incomplete: open the page again and send the report from it.',
  forged: 'The form does not belong to this page: open the page again and send the report from it.',
  'too-fast': 'The form was sent too fast: wait a few seconds and send it again.',
  'too-old': 'The page is too old: open it again and send the report from it.',
} as const;

/** The body as text, refused as soon as it is larger than any form could be (before all of it is read). */
async function readBody(req: PayloadRequest): Promise<string> {
  const tooLarge = () => new Refusal(413, `The report is too long: at most ${reportLimits.textMaxChars} characters of text.`);
  if (Number(req.headers.get('content-length') ?? 0) > reportLimits.bodyMaxBytes) throw tooLarge();
  const type = req.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) throw new Refusal(415, 'Send the report with the form on the page.');
  const reader = req.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > reportLimits.bodyMaxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function validLanguage(value: string | null): string | undefined {
  return value && /^[a-z]{2,3}$/.test(value) ? value : undefined;
}

function parseReport(form: URLSearchParams): Report {
  const field = (name: string) => (form.get(name) ?? '').trim();
  const kind = field(reportFormFields.kind);
  if (!(reportKinds as readonly string[]).includes(kind)) throw new Refusal(400, 'Choose what is wrong on the page.');
  const collection = field(reportFormFields.collection);
  const documentId = field(reportFormFields.documentId);
  const lang = validLanguage(field(reportFormFields.lang));
  const page = field(reportFormFields.page);
  if (
    !(reportedCollections as readonly string[]).includes(collection) ||
    !/^[\w-]{1,64}$/.test(documentId) ||
    !lang ||
    !/^\/[\w/-]{1,300}$/.test(page)
  ) {
    throw new Refusal(400, 'The form is incomplete: open the page again and send the report from it.');
  }
  const text = field(reportFormFields.text);
  const contact = field(reportFormFields.contact);
  if (text.length > reportLimits.textMaxChars)
    throw new Refusal(413, `The text is too long: at most ${reportLimits.textMaxChars} characters.`);
  if (contact.length > reportLimits.contactMaxChars)
    throw new Refusal(413, `The contact is too long: at most ${reportLimits.contactMaxChars} characters.`);
  return {
    kind: kind as ReportKind,
    text,
    contact,
    target: { collection: collection as ReportedCollection, documentId, lang, page },
    token: field(reportFormFields.token),
  };
}

async function storeReport(req: PayloadRequest, { kind, text, contact, target }: Report): Promise<void> {
  const { payload } = req;
  const document = await payload.findByID({ collection: target.collection, id: target.documentId, depth: 0, disableErrors: true, req });
  const country = relationId(document?.country);
  if (!document || country === undefined) throw new Refusal(404, 'This page is no longer on the site.');
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
  const { totalDocs } = await payload.count({
    collection: 'reports',
    where: { and: [{ page: { equals: target.page } }, { createdAt: { greater_than: since } }] },
    req,
  });
  if (totalDocs >= reportsPerPagePerDay) {
    throw new Refusal(
      429,
      'This page has had many reports today and its editors have been told: thank you, try again tomorrow if it is still wrong.',
    );
  }
  await payload.create({
    collection: 'reports',
    data: {
      status: 'new',
      kind,
      text,
      contact,
      page: target.page,
      language: target.lang,
      document: { relationTo: target.collection, value: document.id },
      // The generated types are SQLite's (number ids); MongoDB's string ids pass through as they came.
      country: country as number,
    },
    overrideAccess: true,
    req,
  });
}

function thankYou(lang: string | undefined): Response {
  // Through the site's own server, a path on the site; from a static host, the site's configured address.
  const location = `${env.siteUrl ?? ''}${paths.reportSent(lang ?? 'es')}`;
  return new Response(null, { status: 303, headers: { Location: location } });
}
