import type { Snapshot } from '@infohub/content-schemas';

/**
 * Puts a snapshot's documents in a fixed order (countries by slug, topics by their order, country content by country
 * and slug, alerts by start), so that two exports of the same content are the same file and a diff of two
 * snapshots shows only what changed.
 */
export function inStableOrder(snapshot: Snapshot): Snapshot {
  const byCountryAndSlug = (a: { country: string; slug: string }, b: { country: string; slug: string }) =>
    compare(a.country, b.country) || compare(a.slug, b.slug);
  return {
    ...snapshot,
    countries: snapshot.countries.toSorted((a, b) => compare(a.slug, b.slug)),
    topics: snapshot.topics.toSorted((a, b) => compare(a.order, b.order) || compare(a.slug, b.slug)),
    guides: snapshot.guides.toSorted(byCountryAndSlug),
    services: snapshot.services.toSorted(byCountryAndSlug),
    hubs: snapshot.hubs.toSorted(byCountryAndSlug),
    alerts: snapshot.alerts.toSorted((a, b) => compare(a.startsAt, b.startsAt) || compare(a.id, b.id)),
    recruiters: snapshot.recruiters.toSorted(byCountryAndSlug),
    media: snapshot.media.toSorted((a, b) => compare(a.file, b.file)),
  };
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
