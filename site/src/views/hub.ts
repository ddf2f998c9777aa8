import { type SnapshotHub, slugify, timeZoneOf } from '@infohub/content-schemas';
import type { PageContext } from '~/i18n/pageContext.ts';
import { openingHoursView, phoneViews } from './contact.ts';
import { reviewNote } from './review.ts';

export function hubView(hub: SnapshotHub, ctx: PageContext) {
  const { pick, pickOptional } = ctx.picker;
  const countryCode = ctx.snapshot.countries.find((country) => country.slug === hub.country)?.code;
  return {
    slug: hub.slug,
    country: hub.country,
    name: pick(hub.name),
    municipality: hub.municipality,
    address: pick(hub.address),
    description: pickOptional(hub.description),
    hours: openingHoursView(hub.openingHours, ctx),
    timeZone: countryCode && timeZoneOf(countryCode, slugify(hub.municipality)),
    phones: phoneViews(hub.phones, ctx),
    email: hub.email,
    modalities: hub.modalities.map((modality) => ctx.t(`hub.modality.${modality}`)),
    reviewNote: reviewNote(hub, ctx),
  };
}

export type HubView = ReturnType<typeof hubView>;
