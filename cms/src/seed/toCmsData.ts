import type { Localized } from '@infohub/content-schemas';
import type { DemoAlert, DemoGuide, DemoHub, DemoRecruiter, DemoService } from './demo-content/types.ts';
import { paragraphsToRichText } from './lexical.ts';
import type { LocalizedData } from './localizedData.ts';

/**
 * Demo content is written in the snapshot's shape; these turn it into the CMS's: slugs of countries and topics
 * become ids, review dates go into the review group, a location becomes a map point, paragraphs become rich text.
 */
export interface SeedIds {
  countryId: number | string;
  topicIds: ReadonlyMap<string, number | string>;
}

export function guideData(guide: DemoGuide, ids: SeedIds): LocalizedData {
  const { body, country: _country, topic, lastReviewedAt, reviewedBy, reviewIntervalDays, ...fields } = guide;
  const topicId = ids.topicIds.get(topic);
  if (topicId === undefined) throw new Error(`guides "${guide.slug}" (${guide.country}): no topic "${topic}" in the demo content`);
  return {
    ...fields,
    country: ids.countryId,
    topic: topicId,
    ...(body ? { body: richTextPerLocale(body) } : {}),
    review: { lastReviewedAt, reviewedBy, reviewIntervalDays },
  };
}

export function serviceData(service: DemoService, ids: SeedIds): LocalizedData {
  const { country: _country, location, lastReviewedAt, reviewedBy, reviewIntervalDays, ...fields } = service;
  return {
    ...fields,
    country: ids.countryId,
    // Payload stores a point as [longitude, latitude].
    ...(location ? { location: [location.longitude, location.latitude] } : {}),
    review: { lastReviewedAt, reviewedBy, reviewIntervalDays },
  };
}

export function hubData(hub: DemoHub, ids: SeedIds): LocalizedData {
  const { country: _country, lastReviewedAt, reviewedBy, reviewIntervalDays, ...fields } = hub;
  return { ...fields, country: ids.countryId, review: { lastReviewedAt, reviewedBy, reviewIntervalDays } };
}

export function alertData(alert: DemoAlert, ids: SeedIds): LocalizedData {
  return { ...alert, country: ids.countryId };
}

export function recruiterData(recruiter: DemoRecruiter, ids: SeedIds): LocalizedData {
  return { ...recruiter, otherNames: recruiter.otherNames.map((name) => ({ name })), country: ids.countryId };
}

function richTextPerLocale(paragraphs: Localized<string[]>): Localized<ReturnType<typeof paragraphsToRichText>> {
  return Object.fromEntries(
    Object.entries(paragraphs).flatMap(([locale, texts]) => (texts?.length ? [[locale, paragraphsToRichText(texts)]] : [])),
  );
}
