import {
  defaultLocale,
  type FeedbackTarget,
  type FeedbackTokenProblem,
  feedbackTokenProblem,
  isLocaleCode,
  type LocaleCode,
  paths,
  type ReportedCollection,
  type ReportKind,
  type ReportRefusal,
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

/** A report not stored: the reader is sent to the site's page that says why, in their language. */
class Refusal extends Error {
  constructor(readonly reason: ReportRefusal) {
    super(`report refused: ${reason}`);
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
 * with a redirect to the site's "report not sent" page, at the reason (the form is the reader's navigation, so an
 * error status would show them a bare answer in place of a page, in no language of theirs).
 */
export const receiveReportEndpoint: Omit<Endpoint, 'root'> = {
  path: '/feedback',
  method: 'post',
  handler: async (req) => {
    let lang: LocaleCode = defaultLocale;
    try {
      // The form (a few KB at most) is read before anything else, so that every refusal is said in its language.
      const form = new URLSearchParams(await readBody(req));
      const readerLang = readerLanguage(form);
      lang = readerLang ?? defaultLocale;
      await consumeRateLimit('readerReports', req);
      if (!env.feedbackSecret) {
        req.payload.logger.error('A reader report was refused: INFOHUB_FEEDBACK_SECRET is not set on the CMS.');
        throw new Refusal('unavailable');
      }
      // Whoever filled in the field people never see is told all went well and nothing is stored.
      if ((form.get(reportFormFields.honeypot) ?? '') !== '') return redirect(paths.reportSent(lang));
      const report = parseReport(form, readerLang);
      const problem = feedbackTokenProblem(env.feedbackSecret, report.token, report.target, new Date());
      if (problem) throw new Refusal(tokenRefusals[problem]);
      await storeReport(req, report);
      return redirect(paths.reportSent(lang));
    } catch (error) {
      // Payload's own rate limit throws a 429 (and keeps its Retry-After in req.responseHeaders for the answer).
      const reason = error instanceof Refusal ? error.reason : error instanceof APIError && error.status === 429 ? 'too-many' : undefined;
      if (reason) return redirect(paths.reportNotSent(lang, reason));
      throw error;
    }
  },
};

const tokenRefusals = {
  malformed: 'incomplete',
  forged: 'incomplete',
  'too-fast': 'too-fast',
  'too-old': 'too-old',
} as const satisfies Record<FeedbackTokenProblem, ReportRefusal>;

/** The body as text, refused as soon as it is larger than any form could be (before all of it is read). */
async function readBody(req: PayloadRequest): Promise<string> {
  const tooLarge = () => new Refusal('too-long');
  if (Number(req.headers.get('content-length') ?? 0) > reportLimits.bodyMaxBytes) throw tooLarge();
  const type = req.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) throw new Refusal('incomplete');
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

const formField = (form: URLSearchParams, name: string) => (form.get(name) ?? '').trim();

/**
 * The page's language as the form sent it, if the site has it: the report is stored in it and the reader sent to the
 * site's pages in it (in Spanish, the site's first language, when the form did not say a known one).
 */
function readerLanguage(form: URLSearchParams): LocaleCode | undefined {
  const value = formField(form, reportFormFields.lang);
  return isLocaleCode(value) ? value : undefined;
}

function parseReport(form: URLSearchParams, lang: LocaleCode | undefined): Report {
  const field = (name: string) => formField(form, name);
  const kind = field(reportFormFields.kind);
  if (!(reportKinds as readonly string[]).includes(kind)) throw new Refusal('incomplete');
  const collection = field(reportFormFields.collection);
  const documentId = field(reportFormFields.documentId);
  const page = field(reportFormFields.page);
  if (
    !(reportedCollections as readonly string[]).includes(collection) ||
    !/^[\w-]{1,64}$/.test(documentId) ||
    lang === undefined ||
    !/^\/[\w/-]{1,300}$/.test(page)
  ) {
    throw new Refusal('incomplete');
  }
  const text = field(reportFormFields.text);
  const contact = field(reportFormFields.contact);
  if (text.length > reportLimits.textMaxChars || contact.length > reportLimits.contactMaxChars) throw new Refusal('too-long');
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
  if (!document || country === undefined) throw new Refusal('page-gone');
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
  const { totalDocs } = await payload.count({
    collection: 'reports',
    where: { and: [{ page: { equals: target.page } }, { createdAt: { greater_than: since } }] },
    req,
  });
  if (totalDocs >= reportsPerPagePerDay) throw new Refusal('too-many');
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

/** To a page of the site: through the site's own server a path on it; from a static host, the site's configured address. */
function redirect(sitePath: string): Response {
  return new Response(null, { status: 303, headers: { Location: `${env.siteUrl ?? ''}${sitePath}` } });
}
