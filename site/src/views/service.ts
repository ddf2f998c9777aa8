import type { SnapshotService } from '@infohub/content-schemas';
import type { PageContext } from '../i18n/pageContext.ts';
import { openingHoursView, phoneViews } from './contact.ts';
import { verifiedNote } from './review.ts';

export function serviceView(service: SnapshotService, ctx: PageContext) {
  const { pick, pickOptional } = ctx.picker;
  return {
    slug: service.slug,
    organization: service.organization,
    name: pick(service.name),
    description: pick(service.description),
    category: ctx.t(`service.category.${service.category}`),
    status: service.status,
    statusLabel: ctx.t(`service.status.${service.status}`),
    address: pickOptional(service.address),
    phones: phoneViews(service.phones, ctx),
    email: service.email,
    website: service.website,
    hours: openingHoursView(service.openingHours, ctx),
    languages: service.languages.map((code) => ctx.languageName(code)),
    fees: pickOptional(service.fees),
    eligibility: pickOptional(service.eligibility),
    verifiedNote: verifiedNote(service, ctx),
  };
}

export type ServiceView = ReturnType<typeof serviceView>;
