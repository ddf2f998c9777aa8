import { hasLapsed, paths, type RecruiterStatus, type Snapshot, type SnapshotRecruiter } from '@infohub/content-schemas';
import type { PageContext } from '~/i18n/pageContext.ts';
import { guidesOf } from '~/snapshot/queries.ts';
import { initialOf } from './initialOf.ts';

/** One entry of the register as the page shows it. */
export function recruiterView(recruiter: SnapshotRecruiter, ctx: PageContext) {
  // A licence past its end date is shown as expired even where the register still says licensed: a reader must
  // not take it for a valid one. Decided when the site is built, as of the snapshot's export.
  const status: RecruiterStatus = hasLapsed(recruiter, new Date(ctx.snapshot.generatedAt)) ? 'expired' : recruiter.status;
  return {
    slug: recruiter.slug,
    name: recruiter.name,
    otherNames: recruiter.otherNames,
    kind: ctx.t(`recruiters.kind.${recruiter.kind}`),
    licenceNumber: recruiter.licenceNumber,
    status,
    statusLabel: ctx.t(`recruiters.status.${status}`),
    validUntil: recruiter.validUntil && ctx.formatDate(recruiter.validUntil),
    authority: recruiter.authority,
    authorityUrl: recruiter.authorityUrl,
    destinations: ctx.picker.pickOptional(recruiter.destinations),
    sectors: recruiter.sectors.map((sector) => ctx.t(`recruiters.sector.${sector}`)),
    lastChecked: ctx.formatDate(recruiter.lastCheckedAt),
  };
}

export type RecruiterView = ReturnType<typeof recruiterView>;

/** The register in alphabetical order, grouped by initial (A–Z, then `#`), for the list and its jump links. */
export function registerByInitial(
  snapshot: Snapshot,
  countrySlug: string,
  ctx: PageContext,
): { initial: string; entries: RecruiterView[] }[] {
  const entries = snapshot.recruiters
    .filter((recruiter) => recruiter.country === countrySlug)
    .map((recruiter) => recruiterView(recruiter, ctx))
    .sort((a, b) => ctx.collator.compare(a.name, b.name));
  const groups = Map.groupBy(entries, (entry) => initialOf(entry.name));
  return [...groups.keys()]
    .sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map((initial) => ({ initial, entries: groups.get(initial) ?? [] }));
}

/** Where a reader goes when an agency is not licensed: the country's guides on the risks (false job offers). */
export function fraudGuides(snapshot: Snapshot, countrySlug: string, ctx: PageContext) {
  const riskTopics = new Set(snapshot.topics.filter((topic) => topic.kind === 'risks').map((topic) => topic.slug));
  return guidesOf(snapshot, countrySlug)
    .filter((guide) => riskTopics.has(guide.topic))
    .map((guide) => ({ title: ctx.picker.pick(guide.title), href: paths.guide(ctx.locale.code, countrySlug, guide.slug) }));
}
