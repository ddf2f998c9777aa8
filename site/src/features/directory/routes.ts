import {
  type ServiceCategory,
  type Snapshot,
  type SnapshotHub,
  type SnapshotService,
  serviceCategories,
  slugify,
} from '@infohub/content-schemas';
import { hubsOf } from '~/snapshot/queries.ts';
import { countryRoutes } from '~/snapshot/routes.ts';
import { loadSnapshot } from '~/snapshot/snapshot.ts';

/**
 * The services and hubs directory's pages. A list never grows with the site: it is cut into pages of
 * `entriesPerPage`, about 8 KB of compressed HTML and CSS with the longest texts we have seen. Lists are ordered
 * the same way in every language, so switching language on page 2 shows the same services.
 */
export const entriesPerPage = 20;

export interface ListPage {
  number: number;
  count: number;
}

/** A city as readers see it and the slug its page is found under ("San José", "san-jose"). */
export interface City {
  slug: string;
  name: string;
}

/** The `page` route parameter: none for the first page of a list, `page/2` for the second… as `paths` writes them. */
export function pageParam(page: number): string | undefined {
  return page > 1 ? `page/${page}` : undefined;
}

export function paginate<T>(items: readonly T[]): { page: ListPage; items: T[] }[] {
  const count = Math.max(1, Math.ceil(items.length / entriesPerPage));
  return Array.from({ length: count }, (_, index) => ({
    page: { number: index + 1, count },
    items: items.slice(index * entriesPerPage, (index + 1) * entriesPerPage),
  }));
}

// One collation for every language, so pages hold the same entries whichever language they are read in.
const collator = new Intl.Collator('es');
const byName = (a: string, b: string) => collator.compare(a, b);

export function cityOf(service: SnapshotService): City {
  return { slug: slugify(service.city), name: service.city };
}

/** Services readers can still use (not those that stopped running), in one country. */
export function listedServices(snapshot: Snapshot, countrySlug: string): SnapshotService[] {
  return snapshot.services.filter((service) => service.country === countrySlug && service.status !== 'inactive');
}

/** Cities with services, alphabetical, each with its count. Spellings of one city that differ by accents count as one. */
export function citiesOf(services: readonly SnapshotService[]): (City & { count: number })[] {
  const cities = new Map<string, City & { count: number }>();
  for (const service of services) {
    const city = cityOf(service);
    const known = cities.get(city.slug);
    if (known) known.count += 1;
    else cities.set(city.slug, { ...city, count: 1 });
  }
  return [...cities.values()].sort((a, b) => byName(a.name, b.name));
}

/** Categories with services, in the vocabulary's order (legal aid, health, shelter… the referral pathways' order). */
export function categoriesOf(services: readonly SnapshotService[]): { category: ServiceCategory; count: number }[] {
  return serviceCategories
    .map((category) => ({ category, count: services.filter((service) => service.category === category).length }))
    .filter((entry) => entry.count > 0);
}

const sortWithinGroup = (a: SnapshotService, b: SnapshotService) => byName(a.organization, b.organization) || byName(a.slug, b.slug);

/** A category's services, by city, so that each city's services follow each other and pages can group them. */
export function servicesByCategory(services: readonly SnapshotService[], category: ServiceCategory): SnapshotService[] {
  return services
    .filter((service) => service.category === category)
    .sort((a, b) => byName(cityOf(a).name, cityOf(b).name) || sortWithinGroup(a, b));
}

/** A city's services, by category in the vocabulary's order. */
export function servicesInCity(services: readonly SnapshotService[], citySlug: string): SnapshotService[] {
  return services
    .filter((service) => cityOf(service).slug === citySlug)
    .sort((a, b) => serviceCategories.indexOf(a.category) - serviceCategories.indexOf(b.category) || sortWithinGroup(a, b));
}

export function categoryRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryRoutes(snapshot).flatMap(({ params, props }) => {
    const services = listedServices(props.content, props.country.slug);
    return categoriesOf(services).flatMap(({ category }) => {
      const inCategory = servicesByCategory(services, category);
      return paginate(inCategory).map(({ page, items }) => ({
        params: { ...params, category, page: pageParam(page.number) },
        props: {
          ...props,
          category,
          page,
          services: items,
          cities: citiesOf(inCategory),
          firstPageOfCity: firstPages(inCategory, (service) => cityOf(service).slug),
        },
      }));
    });
  });
}

export function cityRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryRoutes(snapshot).flatMap(({ params, props }) => {
    const services = listedServices(props.content, props.country.slug);
    return citiesOf(services).flatMap((city) => {
      const inCity = servicesInCity(services, city.slug);
      return paginate(inCity).map(({ page, items }) => ({
        params: { ...params, city: city.slug, page: pageParam(page.number) },
        props: {
          ...props,
          city,
          page,
          services: items,
          categories: categoriesOf(inCity),
          firstPageOfCategory: firstPages(inCity, (service) => service.category),
        },
      }));
    });
  });
}

/** The page of a list on which each group (a city, a category) starts, for links that jump straight to it. */
function firstPages(services: readonly SnapshotService[], groupOf: (service: SnapshotService) => string): Record<string, number> {
  const pages: Record<string, number> = {};
  services.forEach((service, index) => {
    pages[groupOf(service)] ??= Math.floor(index / entriesPerPage) + 1;
  });
  return pages;
}

/** Every service has a page, even one that stopped running: a printed sheet or a shared link may still point at it. */
export function serviceRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryRoutes(snapshot).flatMap(({ params, props }) =>
    props.content.services
      .filter((service) => service.country === props.country.slug)
      .map((service) => ({ params: { ...params, slug: service.slug }, props: { country: props.country, service } })),
  );
}

export function sortedHubs(snapshot: Snapshot, countrySlug: string): SnapshotHub[] {
  return hubsOf(snapshot, countrySlug).sort((a, b) => byName(a.municipality, b.municipality) || byName(a.slug, b.slug));
}

export function hubListRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryRoutes(snapshot).flatMap(({ params, props }) =>
    paginate(sortedHubs(props.content, props.country.slug)).map(({ page, items }) => ({
      params: { ...params, page: pageParam(page.number) },
      props: { ...props, page, hubs: items },
    })),
  );
}

export function hubRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryRoutes(snapshot).flatMap(({ params, props }) =>
    hubsOf(props.content, props.country.slug).map((hub) => ({
      params: { ...params, slug: hub.slug },
      props: { country: props.country, hub },
    })),
  );
}
