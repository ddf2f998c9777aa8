import { timeZoneOf } from '../countries.ts';
import { rememberByText } from '../rememberByText.ts';
import { slugify } from '../slugs.ts';
import type { Localized, Snapshot, SnapshotService } from '../snapshot/schema.ts';
import { spokenLanguages } from '../spokenLanguages.ts';
import { hsdsId, hsdsServiceId } from './ids.ts';
import type { HsdsAttribute, HsdsService, HsdsServiceSummary } from './records.ts';
import { hsdsSchedules } from './schedules.ts';
import { categoryLinkType, categoryTerm, phoneTypeAndDescription, slugLinkType, slugTerm, statusToHsds } from './vocabulary.ts';

/** What the HSDS export reads of a service: everything but the CMS's own bookkeeping. */
export type HsdsSourceService = Omit<SnapshotService, 'id' | 'translation' | 'reviewedBy' | 'reviewIntervalDays'>;

export interface HsdsExportContext {
  /** ISO 3166-1 alpha-2 of the service's country. */
  countryCode: string;
  /** The language of the file: HSDS has one text per field, so each language is a file set of its own. */
  lang: string;
  /** A text not written in `lang` is given in this one, as the site shows it. */
  defaultLocale: string;
}

/** The services of one country as HSDS 3.0 full records in one language, ordered by slug. */
export function hsdsServicesOf(snapshot: Snapshot, country: string, lang: string): HsdsService[] {
  const record = snapshot.countries.find((candidate) => candidate.slug === country);
  if (!record) throw new Error(`The snapshot has no country "${country}" to export as HSDS.`);
  const context = { countryCode: record.code, lang, defaultLocale: snapshot.defaultLocale };
  return snapshot.services
    .filter((service) => service.country === country)
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((service) => hsdsService(service, context));
}

/** One service as the HSDS API's `/services/{id}` gives it. */
export function hsdsService(service: HsdsSourceService, context: HsdsExportContext): HsdsService {
  const text = (value: Localized<string> | undefined) => (value ? (value[context.lang] ?? value[context.defaultLocale]) : undefined);
  const id = hsdsServiceId(service.country, service.slug);
  const locationId = hsdsId('location', service.country, service.slug);
  const organization = {
    id: hsdsId('organization', service.country, service.organization),
    name: service.organization,
    description: '',
  };
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value !== undefined ? ({ [key]: value } as Record<K, V>) : {});
  const timeZone = timeZoneOf(context.countryCode, slugify(service.city));
  const utcOffsetHours = timeZone === undefined ? undefined : fixedUtcOffsetHours(timeZone);
  return {
    id,
    organization_id: organization.id,
    name: text(service.name) ?? '',
    description: text(service.description) ?? '',
    ...optional('url', service.website),
    ...optional('email', service.email),
    status: statusToHsds[service.status],
    ...optional('fees_description', text(service.fees)),
    ...optional('eligibility_description', text(service.eligibility)),
    ...optional('assured_date', service.lastReviewedAt?.slice(0, 10)),
    last_modified: service.updatedAt,
    organization,
    phones: service.phones.map((phone) => ({
      id: hsdsId('phone', service.country, service.slug, phone.type, phone.number),
      service_id: id,
      number: phone.number,
      ...phoneTypeAndDescription(phone.type, text(phone.label)),
    })),
    schedules: service.openingHours ? hsdsSchedules(service.openingHours, { serviceId: id, utcOffsetHours }) : [],
    service_at_locations: [
      {
        id: hsdsId('service_at_location', service.country, service.slug),
        service_id: id,
        location_id: locationId,
        location: {
          id: locationId,
          location_type: 'physical',
          ...optional('latitude', service.location?.latitude),
          ...optional('longitude', service.location?.longitude),
          addresses: [
            {
              id: hsdsId('address', service.country, service.slug),
              location_id: locationId,
              address_1: text(service.address) ?? '',
              city: service.city,
              // Required by HSDS; infohub stores neither (many addresses in the region have no postal code).
              state_province: '',
              postal_code: '',
              country: context.countryCode,
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    languages: service.languages.map((code) => ({
      id: hsdsId('language', service.country, service.slug, code),
      service_id: id,
      ...optional('name', spokenLanguages.find((language) => language.code === code)?.name),
      code,
    })),
    attributes: serviceAttributes(id, service),
  };
}

function serviceAttributes(serviceId: string, service: HsdsSourceService): HsdsAttribute[] {
  const category = categoryTerm(service.category);
  return [
    {
      id: hsdsId('attribute', serviceId, categoryLinkType),
      link_id: serviceId,
      link_type: categoryLinkType,
      link_entity: 'service',
      taxonomy_term_id: category.id,
      taxonomy_term: category,
    },
    {
      id: hsdsId('attribute', serviceId, slugLinkType),
      link_id: serviceId,
      link_type: slugLinkType,
      link_entity: 'service',
      value: service.slug,
      taxonomy_term_id: slugTerm.id,
      taxonomy_term: slugTerm,
    },
  ];
}

/** A service as the `/services` list gives it: the one-to-one fields and the organisation, no lists. */
export function hsdsServiceSummary(service: HsdsService): HsdsServiceSummary {
  const { phones: _p, schedules: _s, service_at_locations: _l, languages: _g, cost_options: _c, attributes: _a, ...summary } = service;
  return summary;
}

const january = new Date(Date.UTC(2024, 0, 15, 12));
const july = new Date(Date.UTC(2024, 6, 15, 12));

/**
 * HSDS's schedule `timezone` is one UTC offset in hours. A zone with daylight saving has two, and opening hours
 * follow the local clock, so no single offset is true all year: then none is given. Remembered per zone: a country's
 * services share a few, and making a formatter per call was more than half the time of building a service's record
 * (97 of 176 ms in a build of four large shards).
 */
const fixedUtcOffsetHours = rememberByText((timeZone: string): number | undefined => {
  const winter = utcOffsetHours(timeZone, january);
  return winter === utcOffsetHours(timeZone, july) ? winter : undefined;
});

function utcOffsetHours(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) + Number(match[3]) / 60);
}
