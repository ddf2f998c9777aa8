import { reservedCountrySegments, reservedDirectorySegments, reservedLocaleSegments } from '../paths.ts';
import { slugify } from '../slugs.ts';
import { describeDocument, type SnapshotProblem } from './problems.ts';
import type { Snapshot } from './schema.ts';

/**
 * What a schema cannot see: unique slugs, and references that point at documents in the same snapshot. `snapshot`
 * holds the documents to check; `everyDocument` (the file as read, broken documents included) says what exists, so
 * a reference to a document that is itself broken is reported once, on that document, not again here.
 */
export function findCrossReferenceProblems(snapshot: Snapshot, everyDocument: unknown = snapshot): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const localeCodes = new Set(snapshot.locales.map((locale) => locale.code));
  const countrySlugs = keysIn(everyDocument, 'countries', 'slug');
  const topicSlugs = keysIn(everyDocument, 'topics', 'slug');
  const mediaIds = keysIn(everyDocument, 'media', 'id');

  const reportDuplicates = <T>(collection: keyof Snapshot, documents: readonly T[], keyOf: (document: T) => string, field: string) => {
    const seen = new Set<string>();
    documents.forEach((document, index) => {
      const key = keyOf(document);
      if (seen.has(key)) {
        problems.push({
          document: describeDocument(collection, document, index),
          field,
          message: `duplicate: another document already uses it`,
        });
      }
      seen.add(key);
    });
  };
  reportDuplicates('countries', snapshot.countries, (country) => country.slug, 'slug');
  reportDuplicates('countries', snapshot.countries, (country) => country.code, 'code');
  reportDuplicates('topics', snapshot.topics, (topic) => topic.slug, 'slug');
  reportDuplicates('guides', snapshot.guides, (guide) => `${guide.country}/${guide.slug}`, 'slug');
  reportDuplicates('services', snapshot.services, (service) => `${service.country}/${service.slug}`, 'slug');
  reportDuplicates('hubs', snapshot.hubs, (hub) => `${hub.country}/${hub.slug}`, 'slug');
  reportDuplicates('alerts', snapshot.alerts, (alert) => alert.id, 'id');
  reportDuplicates('recruiters', snapshot.recruiters, (recruiter) => `${recruiter.country}/${recruiter.slug}`, 'slug');
  reportDuplicates('media', snapshot.media, (media) => media.id, 'id');

  snapshot.topics.forEach((topic, index) => {
    if ((reservedCountrySegments as readonly string[]).includes(topic.slug)) {
      problems.push({
        document: describeDocument('topics', topic, index),
        field: 'slug',
        message: `"${topic.slug}" is the address of a fixed section of every country (${reservedCountrySegments.join(', ')}): choose another slug`,
      });
    }
  });

  snapshot.countries.forEach((country, index) => {
    if ((reservedLocaleSegments as readonly string[]).includes(country.slug)) {
      problems.push({
        document: describeDocument('countries', country, index),
        field: 'slug',
        message: `"${country.slug}" is the address of one of the site's own pages in every language (${reservedLocaleSegments.join(', ')}): give the country another slug`,
      });
    }
    if (!country.locales.includes(snapshot.defaultLocale)) {
      problems.push({
        document: describeDocument('countries', country, index),
        field: 'locales',
        message: `must include the default language "${snapshot.defaultLocale}": it is what readers see where a translation is missing`,
      });
    }
    for (const code of country.locales) {
      if (!localeCodes.has(code)) {
        problems.push({
          document: describeDocument('countries', country, index),
          field: 'locales',
          message: `"${code}" is not one of the snapshot's locales`,
        });
      }
    }
  });

  const checkCountry = (collection: keyof Snapshot, document: { country: string }, index: number) => {
    if (!countrySlugs.has(document.country)) {
      problems.push({
        document: describeDocument(collection, document, index),
        field: 'country',
        message: `no country with slug "${document.country}" in the snapshot`,
      });
    }
  };
  snapshot.guides.forEach((guide, index) => {
    checkCountry('guides', guide, index);
    if (!topicSlugs.has(guide.topic)) {
      problems.push({
        document: describeDocument('guides', guide, index),
        field: 'topic',
        message: `no topic with slug "${guide.topic}" in the snapshot`,
      });
    }
    if (guide.image !== undefined && !mediaIds.has(guide.image)) {
      problems.push({
        document: describeDocument('guides', guide, index),
        field: 'image',
        message: `no media with id "${guide.image}" in the snapshot`,
      });
    }
  });
  const checkDirectorySlug = (collection: 'services' | 'hubs', document: { slug: string }, index: number) => {
    if ((reservedDirectorySegments as readonly string[]).includes(document.slug)) {
      problems.push({
        document: describeDocument(collection, document, index),
        field: 'slug',
        message: `"${document.slug}" is the address of a section of the ${collection} pages (${reservedDirectorySegments.join(', ')}): choose another slug`,
      });
    }
  };
  snapshot.services.forEach((service, index) => {
    checkCountry('services', service, index);
    checkDirectorySlug('services', service, index);
    // A city's page address is made from its name, so a name of punctuation alone would have none.
    if (slugify(service.city) === '') {
      problems.push({
        document: describeDocument('services', service, index),
        field: 'city',
        message: `"${service.city}" has no letters or digits to make the city's page address from`,
      });
    }
  });
  snapshot.hubs.forEach((hub, index) => {
    checkCountry('hubs', hub, index);
    checkDirectorySlug('hubs', hub, index);
  });
  snapshot.alerts.forEach((alert, index) => {
    checkCountry('alerts', alert, index);
    if (alert.endsAt !== undefined && Date.parse(alert.endsAt) <= Date.parse(alert.startsAt)) {
      problems.push({ document: describeDocument('alerts', alert, index), field: 'endsAt', message: 'must be after startsAt' });
    }
  });
  snapshot.recruiters.forEach((recruiter, index) => {
    checkCountry('recruiters', recruiter, index);
  });
  return problems;
}

function keysIn(snapshot: unknown, collection: string, key: string): Set<string> {
  const documents = typeof snapshot === 'object' && snapshot !== null ? (snapshot as Record<string, unknown>)[collection] : undefined;
  if (!Array.isArray(documents)) return new Set();
  return new Set(
    documents.flatMap((document: unknown) => {
      const value = typeof document === 'object' && document !== null ? (document as Record<string, unknown>)[key] : undefined;
      return typeof value === 'string' ? [value] : [];
    }),
  );
}
