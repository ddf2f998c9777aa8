import { type SnapshotService, timeZoneOf } from '@infohub/content-schemas';
import { cityOf } from '~/features/directory/routes.ts';
import type { PageContext } from '~/i18n/pageContext.ts';
import { openingHoursView, phoneViews } from './contact.ts';
import { verifiedNote } from './review.ts';

export function serviceView(service: SnapshotService, ctx: PageContext) {
  const { pick, pickOptional } = ctx.picker;
  const city = cityOf(service);
  const countryCode = ctx.snapshot.countries.find((country) => country.slug === service.country)?.code;
  return {
    slug: service.slug,
    country: service.country,
    organization: service.organization,
    name: pick(service.name),
    description: pick(service.description),
    category: service.category,
    categoryLabel: ctx.t(`service.category.${service.category}`),
    city,
    status: service.status,
    statusLabel: ctx.t(`service.status.${service.status}`),
    address: pickOptional(service.address),
    location: service.location,
    map: service.location && mapLinks(service.location),
    phones: phoneViews(service.phones, ctx),
    email: service.email,
    website: service.website,
    hours: openingHoursView(service.openingHours, ctx),
    timeZone: countryCode && timeZoneOf(countryCode, city.slug),
    languages: service.languages.map((code) => ctx.languageName(code)),
    languageCodes: service.languages,
    fees: pickOptional(service.fees),
    eligibility: pickOptional(service.eligibility),
    verifiedNote: verifiedNote(service, ctx),
  };
}

export type ServiceView = ReturnType<typeof serviceView>;

/**
 * Two plain links, no embedded map: a `geo:` URI that a phone hands to whatever map app it has (with a pin, which
 * `?q=` asks for), and OpenStreetMap for phones without one. Nothing is loaded until the reader follows one.
 */
export function mapLinks(location: { latitude: number; longitude: number }) {
  const at = `${location.latitude},${location.longitude}`;
  return {
    geo: `geo:${at}?q=${at}`,
    openStreetMap: `https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}#map=17/${location.latitude}/${location.longitude}`,
  };
}
