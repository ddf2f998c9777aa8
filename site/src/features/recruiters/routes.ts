import type { Snapshot } from '@infohub/content-schemas';
import { countryRoutes } from '~/snapshot/routes.ts';
import { loadSnapshot } from '~/snapshot/snapshot.ts';

/** Whether a country has a register to check: a page with none would read as "nobody is licensed". */
export function hasRegister(snapshot: Snapshot, countrySlug: string): boolean {
  return snapshot.recruiters.some((recruiter) => recruiter.country === countrySlug);
}

/** "Check a recruitment agency", in each language of each country whose register has entries. */
export function recruiterRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryRoutes(snapshot).filter(({ props }) => hasRegister(props.content, props.country.slug));
}
