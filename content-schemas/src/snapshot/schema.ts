import { z } from 'zod';
import { describeBidiControlProblem } from '../checks/bidiControls.ts';
import { describeOpeningHoursProblem } from '../checks/openingHours.ts';
import { checkPhoneNumber, describePhoneNumberProblem } from '../checks/phoneNumbers.ts';
import { countries } from '../countries.ts';
import { isWebAddress, languageTagPattern, slugPattern, slugRule } from '../patterns.ts';
import {
  alertSeverities,
  audiences,
  hubModalities,
  phoneTypes,
  recruiterKinds,
  recruiterStatuses,
  recruitmentSectors,
  serviceCategories,
  serviceStatuses,
  topicKinds,
} from '../vocabularies.ts';

/**
 * The content snapshot: every published document in every language, as one JSON file. The CMS exports it, the
 * site builds from it, and it is a complete copy of what the public can read. Drafts never enter it.
 *
 * A localized value holds only the languages an editor actually wrote (no fallback applied), so the site can tell
 * a reader when a page is shown in another language. The default language is always present.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

const slug = z.string().regex(slugPattern, `must be ${slugRule}`);
const localeCode = z.string().regex(languageTagPattern, 'must be a BCP 47 language tag such as "es" or "ht"');
/** Checked with libphonenumber-js, as the CMS checks it on save (content-schemas/src/checks/phoneNumbers.ts). */
const phoneNumber = z.string().superRefine((value, context) => {
  const problem = describePhoneNumberProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
/** OpenStreetMap `opening_hours` syntax, read by the same library as the site, as the CMS checks it on save. */
const openingHours = z.string().superRefine((value, context) => {
  const problem = describeOpeningHoursProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
/**
 * A number dialled without a country code must be one of the country's short numbers, as the CMS checks it on save;
 * the format and international lengths are checked number by number above.
 */
function checkShortNumbers(
  countryCode: string | undefined,
  phones: readonly { number: string }[],
  field: string,
  context: z.RefinementCtx,
) {
  phones.forEach(({ number }, index) => {
    const problem = checkPhoneNumber(number, countryCode);
    if (problem?.kind === 'notAShortNumber') {
      context.addIssue({ code: 'custom', path: [field, index, 'number'], message: describePhoneNumberProblem(number, countryCode) ?? '' });
    }
  });
}

function codeOfCountry(slug: string): string | undefined {
  return countries.find((country) => country.slug === slug)?.code;
}

const isoDateTime = z.iso.datetime({ offset: true });
const url = z.string().refine(isWebAddress, 'must be a web address starting with https:// or http://');

export const localeSchema = z.object({
  code: localeCode,
  label: z.string().min(1),
  dir: z.enum(['ltr', 'rtl']),
});

/** The languages a snapshot declares: localized values may use only these, and must hold the default one. */
export const snapshotHeaderSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  defaultLocale: localeCode,
  locales: z.array(localeSchema).min(1),
});

/**
 * Builds the schema for a snapshot written in the given languages. The site and tests may add languages the CMS
 * does not have (a right-to-left test language, say), so the list comes from the snapshot, not from locales.ts.
 */
export function createSnapshotSchema(localeCodes: readonly string[], defaultLocale: string) {
  const languages = z.enum(localeCodes as [string, ...string[]]);
  const localized = <T extends z.ZodType>(value: T) =>
    z.partialRecord(languages, value).refine((values) => values[defaultLocale] !== undefined, {
      message: `has no text in the default language "${defaultLocale}"`,
    });
  const withoutBidiControls = (value: string, context: z.RefinementCtx) => {
    const problem = describeBidiControlProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  };
  const localizedText = localized(z.string().trim().min(1, 'must not be empty').superRefine(withoutBidiControls));
  /** Text shown as written in every language (an organisation's or a town's name). */
  const plainText = z.string().min(1).superRefine(withoutBidiControls);

  const phoneSchema = z.object({
    /** E.164 where known ("+50622223333"); short national numbers ("911") are kept as they are dialled. */
    number: phoneNumber,
    type: z.enum(phoneTypes),
    label: localizedText.optional(),
  });

  const emergencyNumberSchema = z.object({
    label: localizedText,
    number: phoneNumber,
  });

  const countrySchema = z
    .object({
      code: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "CR"'),
      slug,
      name: localizedText,
      /** The languages this country's site is published in, in the order offered to readers. */
      locales: z.array(localeCode).min(1),
      emergencyNumbers: z.array(emergencyNumberSchema),
    })
    .superRefine((country, context) => checkShortNumbers(country.code, country.emergencyNumbers, 'emergencyNumbers', context));

  const topicSchema = z.object({
    slug,
    kind: z.enum(topicKinds),
    title: localizedText,
    description: localizedText.optional(),
    order: z.number().int(),
  });

  const mediaSchema = z.object({
    id: z.string().min(1),
    /** Path of the original file, relative to the snapshot file's folder. */
    file: z.string().min(1),
    mimeType: z.string().regex(/^image\//, 'must be an image'),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    alt: localizedText,
  });

  const reviewFields = {
    lastReviewedAt: isoDateTime.optional(),
    /** The organisation that confirmed the information, as readers are told. */
    reviewedBy: z.string().min(1).optional(),
    reviewIntervalDays: z.number().int().positive().optional(),
    updatedAt: isoDateTime,
  };

  /**
   * Translations written against an older default-language text, so the site can say a translation may be out of
   * date. Absent when every translation is up to date (and in snapshots from before translations were tracked).
   */
  const translationFields = {
    translation: z
      .object({
        /** When the default-language text last changed in a way that called for new translations. */
        sourceChangedAt: isoDateTime,
        outdated: z.array(languages).min(1),
      })
      .optional(),
  };

  const guideSchema = z.object({
    id: z.string().min(1),
    slug,
    country: slug,
    topic: slug,
    audiences: z.array(z.enum(audiences)),
    title: localizedText,
    summary: localizedText,
    /** Rendered rich text, already converted from the editor's format to HTML by the exporter. */
    bodyHtml: localized(z.string()).optional(),
    requiredDocuments: z.array(z.object({ name: localizedText, details: localizedText.optional() })),
    steps: z.array(z.object({ title: localizedText, details: localizedText.optional() })),
    cost: localizedText.optional(),
    processingTime: localizedText.optional(),
    whereToApply: localizedText.optional(),
    officialSources: z.array(z.object({ title: localizedText, url })),
    image: z.string().min(1).optional(),
    ...reviewFields,
    ...translationFields,
  });

  const serviceSchema = z
    .object({
      id: z.string().min(1),
      slug,
      country: slug,
      organization: plainText,
      name: localizedText,
      description: localizedText,
      category: z.enum(serviceCategories),
      city: plainText,
      address: localizedText.optional(),
      location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
      phones: z.array(phoneSchema),
      email: z.email().optional(),
      website: url.optional(),
      /** OpenStreetMap `opening_hours` syntax, e.g. "Mo-Fr 08:00-16:00". */
      openingHours: openingHours.optional(),
      status: z.enum(serviceStatuses),
      /** BCP 47 tags of the languages staff speak. */
      languages: z.array(localeCode),
      fees: localizedText.optional(),
      eligibility: localizedText.optional(),
      ...reviewFields,
      ...translationFields,
    })
    .superRefine((service, context) => checkShortNumbers(codeOfCountry(service.country), service.phones, 'phones', context));

  const hubSchema = z
    .object({
      id: z.string().min(1),
      slug,
      country: slug,
      name: localizedText,
      municipality: plainText,
      address: localizedText,
      description: localizedText.optional(),
      openingHours: openingHours.optional(),
      phones: z.array(phoneSchema),
      email: z.email().optional(),
      modalities: z.array(z.enum(hubModalities)).min(1),
      ...reviewFields,
      ...translationFields,
    })
    .superRefine((hub, context) => checkShortNumbers(codeOfCountry(hub.country), hub.phones, 'phones', context));

  const alertSchema = z.object({
    id: z.string().min(1),
    country: slug,
    severity: z.enum(alertSeverities),
    title: localizedText,
    body: localizedText,
    startsAt: isoDateTime,
    endsAt: isoDateTime.optional(),
  });

  /** One entry of a country's register of recruitment agencies, as its issuing authority publishes it. */
  const recruiterSchema = z.object({
    id: z.string().min(1),
    slug,
    country: slug,
    kind: z.enum(recruiterKinds),
    name: plainText,
    otherNames: z.array(plainText),
    licenceNumber: plainText.optional(),
    status: z.enum(recruiterStatuses),
    validUntil: isoDateTime.optional(),
    authority: plainText,
    authorityUrl: url,
    destinations: localizedText.optional(),
    sectors: z.array(z.enum(recruitmentSectors)),
    lastCheckedAt: isoDateTime,
    updatedAt: isoDateTime,
  });

  const snapshotSchema = z.object({
    schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
    generatedAt: isoDateTime,
    /** Sample content for trying infohub: every page then says it is fictional and not legal advice. */
    demo: z.boolean(),
    defaultLocale: localeCode,
    locales: z.array(localeSchema).min(1),
    countries: z.array(countrySchema),
    topics: z.array(topicSchema),
    guides: z.array(guideSchema),
    services: z.array(serviceSchema),
    hubs: z.array(hubSchema),
    alerts: z.array(alertSchema),
    /** Absent from snapshots written before the registry existed: read as an empty registry. */
    recruiters: z.array(recruiterSchema).default([]),
    media: z.array(mediaSchema),
  });

  return snapshotSchema;
}

export type Snapshot = z.infer<ReturnType<typeof createSnapshotSchema>>;

/** The snapshot's lists of documents, in the order the format gives them. */
export const snapshotCollections = ['countries', 'topics', 'guides', 'services', 'hubs', 'alerts', 'recruiters', 'media'] as const;
export type SnapshotLocale = z.infer<typeof localeSchema>;
export type SnapshotCountry = Snapshot['countries'][number];
export type SnapshotTopic = Snapshot['topics'][number];
export type SnapshotGuide = Snapshot['guides'][number];
export type SnapshotService = Snapshot['services'][number];
export type SnapshotHub = Snapshot['hubs'][number];
export type SnapshotAlert = Snapshot['alerts'][number];
export type SnapshotRecruiter = Snapshot['recruiters'][number];
export type SnapshotMedia = Snapshot['media'][number];
export type SnapshotPhone = SnapshotService['phones'][number];
/** A value per language code. */
export type Localized<T> = Partial<Record<string, T>>;
