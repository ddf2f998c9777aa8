import { formatMinutes, type OpenRange } from '@infohub/content-schemas';
import type { Schedule } from '~/format/openingHours.ts';
import type { GuideView } from './guide.ts';
import type { HubView } from './hub.ts';
import type { ServiceView } from './service.ts';

/**
 * schema.org descriptions of a page's subject, for search engines and assistants that read JSON-LD: built from the
 * same view the page shows, so the two never disagree.
 */
type JsonLd = Record<string, unknown>;

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The hours schema.org can state: days with the same certain ranges share one specification. "Maybe" ranges and
 * hours that vary by date are left out rather than stated wrongly.
 */
export function openingHoursSpecification(schedule: Schedule | undefined): JsonLd[] {
  if (schedule?.kind !== 'weekly') return [];
  const byRange = new Map<string, { opens: string; closes: string; days: string[] }>();
  schedule.days.forEach((ranges: readonly OpenRange[], day) => {
    for (const range of ranges.filter((candidate) => !candidate.uncertain)) {
      const opens = formatMinutes(range.from);
      // schema.org's "closes" is a time of day: the end of the day is its last minute.
      const closes = range.to === 24 * 60 ? '23:59' : formatMinutes(range.to);
      const key = `${opens}-${closes}`;
      const entry = byRange.get(key) ?? { opens, closes, days: [] };
      entry.days.push(`https://schema.org/${dayNames[day]}`);
      byRange.set(key, entry);
    }
  });
  return [...byRange.values()].map(({ opens, closes, days }) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens, closes }));
}

const telephones = (phones: readonly { display: string; type: string }[]) =>
  phones.filter((phone) => phone.type !== 'text').map((phone) => phone.display);

export function serviceJsonLd(service: ServiceView, url: string): JsonLd {
  const place = compact({
    '@type': 'Place',
    name: service.name.value,
    address: compact({ '@type': 'PostalAddress', streetAddress: service.address?.value, addressLocality: service.city.name }),
    geo: service.location && { '@type': 'GeoCoordinates', latitude: service.location.latitude, longitude: service.location.longitude },
    openingHoursSpecification: openingHoursSpecification(service.hours?.schedule),
  });
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': url,
    url,
    name: service.name.value,
    description: service.description.value,
    serviceType: service.categoryLabel,
    provider: { '@type': 'Organization', name: service.organization },
    areaServed: { '@type': 'City', name: service.city.name },
    availableLanguage: service.languageCodes,
    availableChannel: compact({
      '@type': 'ServiceChannel',
      serviceUrl: service.website,
      servicePhone: telephones(service.phones).map((telephone) => ({ '@type': 'ContactPoint', telephone })),
      serviceLocation: place,
    }),
  });
}

export function hubJsonLd(hub: HubView, url: string): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Place',
    '@id': url,
    url,
    name: hub.name.value,
    description: hub.description?.value,
    address: { '@type': 'PostalAddress', streetAddress: hub.address.value, addressLocality: hub.municipality },
    telephone: telephones(hub.phones)[0],
    openingHoursSpecification: openingHoursSpecification(hub.hours?.schedule),
  });
}

export function guideJsonLd(guide: GuideView, updatedAt: string, url: string, locale: string): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    headline: guide.title.value,
    description: guide.summary.value,
    inLanguage: locale,
    dateModified: updatedAt,
  });
}

/**
 * JSON-LD for a `<script type="application/ld+json">` block. Browsers end a script at the first `</script` whatever
 * its type, so every `<` (and `>`, `&`, for good measure) is written as a JSON escape: the data reads the same, and
 * no text an editor or an attacker typed can close the block or open markup.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Leaves out fields with nothing to say, so the output carries no empty arrays or undefined values. */
function compact(data: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}
