import type { FeedbackTarget } from './feedbackToken.ts';

/** What a reader may say is wrong on a page, in the form's order; the site labels them, the CMS stores the value. */
export const reportKinds = ['closed', 'phone', 'address', 'hours', 'other'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** Where a report is in the editors' work: only `new` and `confirmed` ones are open. */
export const reportStatuses = ['new', 'confirmed', 'fixed', 'dismissed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const openReportStatuses: readonly ReportStatus[] = ['new', 'confirmed'];

/** The pages that carry the form, by the CMS collection of the document they show. */
export const reportedCollections = ['guides', 'services', 'hubs'] as const;
export type ReportedCollection = (typeof reportedCollections)[number];

export function isReportedCollection(slug: string): slug is ReportedCollection {
  return (reportedCollections as readonly string[]).includes(slug);
}

/** Sizes the form announces (maxlength) and the CMS enforces. */
export const reportLimits = {
  textMaxChars: 1000,
  contactMaxChars: 200,
  /** The whole form as sent: its fields and their names, with room for encoding. */
  bodyMaxBytes: 8 * 1024,
} as const;

/**
 * Why the CMS did not store a report, as the reader is told on the site's "report not sent" page (one section each,
 * its id the reason): the CMS sends the reader there, so every word a reader sees is the site's, in their language.
 */
export const reportRefusals = [
  /** A field missing or changed, a form from another page, a request no form sends. */
  'incomplete',
  /** Sent seconds after the page was made: what scripts do. */
  'too-fast',
  /** The page was built too long ago to be trusted. */
  'too-old',
  /** Text, contact or the whole form over its limit. */
  'too-long',
  /** Too many reports from this network, or about this page today. */
  'too-many',
  /** The page's document is no longer on the site. */
  'page-gone',
  /** The CMS is not set up to take reports. */
  'unavailable',
] as const;
export type ReportRefusal = (typeof reportRefusals)[number];

/** The form's field names, shared by the site's form and the CMS's endpoint. */
export const reportFormFields = {
  kind: 'kind',
  text: 'text',
  contact: 'contact',
  collection: 'collection',
  documentId: 'document',
  lang: 'lang',
  page: 'page',
  token: 'token',
  /** Left empty by people (it is hidden from them); scripts that fill every field fill it. */
  honeypot: 'website',
} as const;

/** What a reader fills in; the form sends empty text and contact as empty values. */
export interface ReportReaderFields {
  kind: ReportKind;
  text?: string;
  contact?: string;
}

/**
 * The form's values by field name, in the form's order. Without a reader, the hidden fields the site renders into a
 * page (its target and token); with one, the whole form as a browser sends it, the trap left empty as people leave it.
 */
export function reportFormValues(target: FeedbackTarget, token: string, reader?: ReportReaderFields): Record<string, string> {
  const hidden = {
    [reportFormFields.collection]: target.collection,
    [reportFormFields.documentId]: target.documentId,
    [reportFormFields.lang]: target.lang,
    [reportFormFields.page]: target.page,
    [reportFormFields.token]: token,
  };
  if (!reader) return hidden;
  return {
    [reportFormFields.kind]: reader.kind,
    [reportFormFields.text]: reader.text ?? '',
    [reportFormFields.contact]: reader.contact ?? '',
    [reportFormFields.honeypot]: '',
    ...hidden,
  };
}
