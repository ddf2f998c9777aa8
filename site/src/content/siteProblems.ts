import { reservedCountrySegments, type Snapshot } from '@infohub/content-schemas';

/**
 * What a valid snapshot can still hold that the site cannot build: a topic whose slug is taken by a fixed section
 * of the country's URLs would make two pages claim the same address.
 */
export function findSiteProblems(snapshot: Snapshot): string[] {
  const reserved: readonly string[] = reservedCountrySegments;
  return snapshot.topics
    .filter((topic) => reserved.includes(topic.slug))
    .map(
      (topic) => `topics "${topic.slug}": the slug is the name of a fixed section (${reserved.join(', ')}); give the topic another slug`,
    );
}
