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
