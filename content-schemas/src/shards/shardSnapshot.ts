import { deepFreeze } from '../deepFreeze.ts';
import { processSlot } from '../processSlot.ts';
import { hasLapsed } from '../recruiterLicences.ts';
import { isReviewOverdue } from '../review.ts';
import type { Snapshot, SnapshotAlert, SnapshotCountry } from '../snapshot/schema.ts';
import type { CountryShard, Shard } from './shards.ts';

/**
 * What one shard's pages may read of a snapshot, as a snapshot of its own: the same shape, less content. A shard's
 * pages are rendered from this and its fingerprint is a hash of it, so what a page shows can only change when its
 * shard's fingerprint does, and a shard is rebuilt exactly when something it shows has changed.
 *
 * A country shard keeps its country's documents with their text in its language and in the default language (the
 * fallback it shows), every topic, the names and languages of the other countries published in its language (the
 * search page offers them), and
 * the alerts in force when the snapshot was exported, and its register of recruitment agencies. The site-wide shard keeps the languages and each country's
 * name and languages. Other countries' emergency numbers and documents are left out: a page that needs more of the
 * snapshot must add it here, or its shard would not be rebuilt when that changes.
 */
export function shardSnapshot(snapshot: Snapshot, shard: Shard): Snapshot {
  return shard.kind === 'site' ? siteSnapshot(snapshot) : countrySnapshot(snapshot, shard);
}

function siteSnapshot(snapshot: Snapshot): Snapshot {
  return {
    ...snapshot,
    countries: snapshot.countries.map(countryNameOnly),
    topics: [],
    guides: [],
    services: [],
    hubs: [],
    alerts: [],
    recruiters: [],
    media: [],
  };
}

function countrySnapshot(snapshot: Snapshot, shard: CountryShard): Snapshot {
  const languages = new Set([shard.lang, snapshot.defaultLocale]);
  const allLanguages = new Set(snapshot.locales.map((locale) => locale.code));
  const cutKey = JSON.stringify([shard.lang, snapshot.defaultLocale, [...allLanguages]]);
  const keep = <T extends object>(value: T): T =>
    cutOnce(value, cutKey, (document) => withTranslationIn(onlyLanguages(document, languages, allLanguages), shard.lang));
  const ofCountry = <T extends { country: string }>(documents: readonly T[]) =>
    documents.filter((document) => document.country === shard.country).map(keep);
  const guides = ofCountry(snapshot.guides);
  const images = new Set(guides.map((guide) => guide.image).filter((image) => image !== undefined));
  const asOf = new Date(snapshot.generatedAt);
  return {
    ...snapshot,
    countries: snapshot.countries
      .filter((country) => country.slug === shard.country || country.locales.includes(shard.lang))
      .map((country) => keep(country.slug === shard.country ? country : countryNameOnly(country))),
    topics: snapshot.topics.map(keep),
    guides,
    services: ofCountry(snapshot.services),
    hubs: ofCountry(snapshot.hubs),
    alerts: ofCountry(snapshot.alerts.filter((alert) => isInForce(alert, asOf))),
    recruiters: ofCountry(snapshot.recruiters),
    media: snapshot.media.filter((item) => images.has(item.id)).map(keep),
  };
}

/**
 * Each document as the shards of a language show it, worked out once per document object and language: the documents
 * of a checked snapshot are frozen and shared from one snapshot to the next (`validateSnapshot`), so the CMS's
 * export, which fingerprints every shard at every publish, cuts only the documents that changed. A document that is
 * not frozen could change after it was cut, and is cut every time.
 */
const cutsInProcess = processSlot<WeakMap<object, Map<string, object>>>('shardDocumentCuts');

function cutOnce<T extends object>(document: T, cutKey: string, cut: (document: T) => T): T {
  if (!Object.isFrozen(document)) return cut(document);
  const cuts = cutsInProcess.get() ?? cutsInProcess.set(new WeakMap());
  let byKey = cuts.get(document);
  if (!byKey) {
    byKey = new Map();
    cuts.set(document, byKey);
  }
  const known = byKey.get(cutKey);
  if (known) return known as T;
  const made = deepFreeze(cut(document));
  byKey.set(cutKey, made);
  return made;
}

/** A country as another country's pages and the home pages name it and link to it. */
function countryNameOnly(country: SnapshotCountry): SnapshotCountry {
  return { ...country, emergencyNumbers: [] };
}

/** Whether an alert shows on the site as of a moment: it has started and not ended. */
export function isInForce(alert: Pick<SnapshotAlert, 'startsAt' | 'endsAt'>, at: Date): boolean {
  return Date.parse(alert.startsAt) <= at.getTime() && (alert.endsAt === undefined || Date.parse(alert.endsAt) > at.getTime());
}

/**
 * The value with every localized text cut down to the kept languages. A localized value is an object whose keys are
 * all language codes of the snapshot, each holding text (the snapshot's format allows nothing else to look so).
 */
function onlyLanguages<T>(value: T, kept: ReadonlySet<string>, all: ReadonlySet<string>): T {
  if (Array.isArray(value)) return value.map((item) => onlyLanguages(item, kept, all)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const isLocalized = entries.length > 0 && entries.every(([key, text]) => all.has(key) && typeof text === 'string');
  return Object.fromEntries(
    isLocalized ? entries.filter(([key]) => kept.has(key)) : entries.map(([key, inner]) => [key, onlyLanguages(inner, kept, all)]),
  ) as T;
}

/** A document's outdated translations, as the shard's language sees them: only its own counts. */
function withTranslationIn<T extends object>(document: T, lang: string): T {
  if (!('translation' in document)) return document;
  const translation = document.translation as { outdated: string[] } | undefined;
  if (translation === undefined) return document;
  const { translation: _all, ...rest } = document;
  return translation.outdated.includes(lang) ? ({ ...rest, translation: { ...translation, outdated: [lang] } } as T) : (rest as T);
}

/**
 * The facts about a shard's documents that depend on the moment it is built as well as on their content: which
 * are past their review date, and which licences have passed their end date. Part of the shard's fingerprint, so a
 * page that becomes overdue, or a licence that lapses, is rebuilt.
 */
export function overdueDocuments(snapshot: Snapshot): string[] {
  const asOf = new Date(snapshot.generatedAt);
  return [
    ...snapshot.guides.filter((guide) => isReviewOverdue(guide, 'guides', asOf)).map((guide) => `guides/${guide.slug}`),
    ...snapshot.services.filter((service) => isReviewOverdue(service, 'services', asOf)).map((service) => `services/${service.slug}`),
    ...snapshot.hubs.filter((hub) => isReviewOverdue(hub, 'hubs', asOf)).map((hub) => `hubs/${hub.slug}`),
    ...snapshot.recruiters.filter((recruiter) => hasLapsed(recruiter, asOf)).map((recruiter) => `recruiters/${recruiter.slug}`),
  ];
}
