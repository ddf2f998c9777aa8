import type { Snapshot } from '@infohub/content-schemas';
import { citiesOf, listedServices, servicesInCity } from '~/features/directory/routes.ts';
import type { PageContext } from '~/i18n/pageContext.ts';
import type { OpeningHoursView } from '~/views/contact.ts';
import type { GuideView } from '~/views/guide.ts';
import { type ServiceView, serviceView } from '~/views/service.ts';

/**
 * What printed sheets need beyond the pages they copy: the live address their QR code opens, the code itself, and
 * the whole services directory of a country on paper, which no list page shows in one piece.
 */

/** The live page a sheet's QR code opens: the same page on the public site, in the sheet's language. */
export function liveUrl(livePath: string, siteUrl: URL | string): string {
  if (!livePath.startsWith('/')) throw new Error(`A sheet's live page must be a site path starting with "/", not "${livePath}".`);
  return new URL(livePath, siteUrl).href;
}

export interface DirectoryCategory {
  category: string;
  label: string;
  services: ServiceView[];
}

export interface DirectoryCity {
  slug: string;
  name: string;
  categories: DirectoryCategory[];
}

/**
 * A country's services on paper: by city (alphabetical, as the directory lists them), then by category in the
 * vocabulary's order, then by organisation, in the same order in every language. Services that stopped running are left out, as in the lists.
 */
export function servicesSheetView(snapshot: Snapshot, countrySlug: string, ctx: PageContext): DirectoryCity[] {
  const services = listedServices(snapshot, countrySlug);
  return citiesOf(services).map((city) => {
    const categories: DirectoryCategory[] = [];
    // servicesInCity orders by category, so each category's services follow each other.
    for (const service of servicesInCity(services, city.slug)) {
      const view = serviceView(service, ctx);
      const last = categories.at(-1);
      if (last?.category === service.category) last.services.push(view);
      else categories.push({ category: service.category, label: view.categoryLabel, services: [view] });
    }
    return { slug: city.slug, name: city.name, categories };
  });
}

/**
 * The date a printed directory is "as of": the newest confirmation (or, never confirmed, change) of the services it
 * lists. Undefined for a directory that lists none.
 */
export function directoryAsOf(snapshot: Snapshot, countrySlug: string): string | undefined {
  const dates = listedServices(snapshot, countrySlug).map((service) => service.lastReviewedAt ?? service.updatedAt);
  return dates.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/**
 * Opening hours in one line for a printed list, where a table of seven days per service would fill the page:
 * consecutive days with the same times are joined ("Lunes–Viernes: 08:00–16:00; Sábado, Domingo: Cerrado").
 */
export function hoursInOneLine(hours: OpeningHoursView): string {
  if (hours.display.kind === 'text') return hours.display.text;
  const runs: { first: string; last: string; times: string }[] = [];
  for (const day of hours.display.days) {
    const run = runs.at(-1);
    if (run && run.times === day.times) run.last = day.name;
    else runs.push({ first: day.name, last: day.name, times: day.times });
  }
  return runs.map((run) => `${run.first === run.last ? run.first : `${run.first}–${run.last}`}: ${run.times}`).join('; ');
}

/** A guide sheet's short facts (where, cost, time), those the guide has. */
export function guideSheetFacts(view: GuideView, ctx: PageContext) {
  return [
    { label: ctx.t('guide.whereToApply'), value: view.whereToApply },
    { label: ctx.t('guide.cost'), value: view.cost },
    { label: ctx.t('guide.processingTime'), value: view.processingTime },
  ].flatMap(({ label, value }) => (value ? [{ label, value }] : []));
}
