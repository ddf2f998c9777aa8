import {
  isInForce,
  type Snapshot,
  type SnapshotAlert,
  type SnapshotCountry,
  type SnapshotLocale,
  type SnapshotService,
  type SnapshotTopic,
} from '@infohub/content-schemas';

/** Questions pages ask of the snapshot. Each takes the snapshot, so they stay pure and easy to test. */

export function localeByCode(snapshot: Snapshot, code: string): SnapshotLocale {
  const locale = snapshot.locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`The snapshot has no locale "${code}".`);
  return locale;
}

/** The snapshot's languages a country publishes in, in the country's order. */
export function countryLocales(snapshot: Snapshot, country: SnapshotCountry): SnapshotLocale[] {
  return country.locales.map((code) => localeByCode(snapshot, code));
}

export function guidesOf(snapshot: Snapshot, countrySlug: string, topicSlug?: string) {
  return snapshot.guides.filter((guide) => guide.country === countrySlug && (topicSlug === undefined || guide.topic === topicSlug));
}

/** Topics with at least one guide in the country, in editorial order: an empty topic page helps no one. */
export function topicsOf(snapshot: Snapshot, countrySlug: string): SnapshotTopic[] {
  const used = new Set(guidesOf(snapshot, countrySlug).map((guide) => guide.topic));
  return snapshot.topics.filter((topic) => used.has(topic.slug)).sort((a, b) => a.order - b.order);
}

export function topicBySlug(snapshot: Snapshot, slug: string): SnapshotTopic {
  const topic = snapshot.topics.find((candidate) => candidate.slug === slug);
  if (!topic) throw new Error(`The snapshot has no topic "${slug}".`);
  return topic;
}

/** Services that still run, grouped by city (cities and services in alphabetical order of the reader's language). */
export function servicesByCity(snapshot: Snapshot, countrySlug: string, collator: Intl.Collator): Map<string, SnapshotService[]> {
  const services = snapshot.services
    .filter((service) => service.country === countrySlug && service.status !== 'inactive')
    .sort((a, b) => collator.compare(a.city, b.city) || collator.compare(a.organization, b.organization));
  return Map.groupBy(services, (service) => service.city);
}

export function hubsOf(snapshot: Snapshot, countrySlug: string) {
  return snapshot.hubs.filter((hub) => hub.country === countrySlug);
}

/** Alerts in force at `now`, most severe first. A static site shows them as of its last build. */
export function currentAlerts(snapshot: Snapshot, countrySlug: string, now: Date): SnapshotAlert[] {
  const severityRank = { danger: 0, warning: 1, info: 2 } as const;
  return snapshot.alerts
    .filter((alert) => alert.country === countrySlug)
    .filter((alert) => isInForce(alert, now))
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}
