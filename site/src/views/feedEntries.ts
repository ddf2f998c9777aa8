import { paths, type Snapshot } from '@infohub/content-schemas';
import { type LocalizedValue, pickLocalized, type Reading } from '~/i18n/localized.ts';
import type { Translate } from '~/i18n/strings.ts';
import { currentAlerts, guidesOf, hubsOf } from '~/snapshot/queries.ts';

/** One entry of a country's Atom feed, in the reader's language where written, else marked as the default's. */
export interface FeedEntry {
  /** Unique within the feed, and the same from one build to the next so feed readers do not show it twice. */
  key: string;
  title: LocalizedValue<string>;
  summary: LocalizedValue<string>;
  /** The page (and place on it) that shows the entry, relative to the site. */
  path: string;
  updatedAt: string;
}

/** Enough for a reader coming back after weeks, and a feed that stays the same size however large the site grows. */
export const feedSize = 30;

/**
 * The most recently updated guides, services and hubs of a country, and its alerts in force (dated by when they
 * started), newest first. Services that no longer run are left out, as on the services page.
 */
export function feedEntries(snapshot: Snapshot, countrySlug: string, reading: Reading, t: Translate, now: Date): FeedEntry[] {
  const lang = reading.locale;
  const pick = (values: Parameters<typeof pickLocalized<string>>[0]) => pickLocalized(values, reading);
  const guides = guidesOf(snapshot, countrySlug).map((guide) => ({
    key: `guide/${guide.slug}`,
    title: pick(guide.title),
    summary: pick(guide.summary),
    path: paths.guide(lang, countrySlug, guide.slug),
    updatedAt: guide.updatedAt,
  }));
  const services = snapshot.services
    .filter((service) => service.country === countrySlug && service.status !== 'inactive')
    .map((service) => ({
      key: `service/${service.slug}`,
      title: pick(service.name),
      summary: pick(service.description),
      path: paths.service(lang, countrySlug, service.slug),
      updatedAt: service.updatedAt,
    }));
  const hubs = hubsOf(snapshot, countrySlug).map((hub) => ({
    key: `hub/${hub.slug}`,
    title: pick(hub.name),
    summary: pick(hub.description ?? hub.address),
    path: paths.hub(lang, countrySlug, hub.slug),
    updatedAt: hub.updatedAt,
  }));
  const alerts = currentAlerts(snapshot, countrySlug, now).map((alert) => {
    const title = pick(alert.title);
    return {
      key: `alert/${alert.id}`,
      title: { ...title, value: `${t(`alert.severity.${alert.severity}`)}: ${title.value}` },
      summary: pick(alert.body),
      path: `${paths.country(lang, countrySlug)}#alerts`,
      updatedAt: alert.startsAt,
    };
  });
  return [...guides, ...services, ...hubs, ...alerts]
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.key.localeCompare(b.key))
    .slice(0, feedSize);
}
