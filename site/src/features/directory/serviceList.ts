import { paths, type ServiceCategory, type SnapshotService } from '@infohub/content-schemas';
import type { PageContext } from '~/i18n/pageContext.ts';
import { type ServiceView, serviceView } from '~/views/service.ts';
import { type City, categoriesOf, citiesOf, listedServices } from './routes.ts';

/** A run of services under one heading (a city, a category), with the page listing all of them. */
export interface ServiceGroup {
  key: string;
  name: string;
  href: string;
  services: ServiceView[];
}

/** One link of a list's in-place filter: a group, how many services it has, and the page where it starts. */
export interface FilterGroup {
  key: string;
  name: string;
  count: number;
  href: string;
}

// The routes hand each page its services ordered by group, so each group's services follow each other.
function groupsOf(
  services: readonly SnapshotService[],
  ctx: PageContext,
  heading: (service: ServiceView) => Omit<ServiceGroup, 'services'>,
): ServiceGroup[] {
  const views = services.map((service) => serviceView(service, ctx));
  return [...Map.groupBy(views, (service) => heading(service).key).values()].flatMap((entries) =>
    entries[0] ? [{ ...heading(entries[0]), services: entries }] : [],
  );
}

/** A page of one category's services, by city, and the filter to jump to a city. */
export function categoryListView(
  list: {
    countrySlug: string;
    category: ServiceCategory;
    services: readonly SnapshotService[];
    cities: readonly (City & { count: number })[];
  },
  firstPageOfCity: Readonly<Record<string, number>>,
  ctx: PageContext,
) {
  const lang = ctx.locale.code;
  const { countrySlug, category } = list;
  const groups = groupsOf(list.services, ctx, (service) => ({
    key: service.city.slug,
    name: service.city.name,
    href: paths.servicesInCity(lang, countrySlug, service.city.name),
  }));
  const filterGroups: FilterGroup[] = list.cities.map((city) => ({
    key: city.slug,
    name: city.name,
    count: city.count,
    href: `${paths.servicesByCategory(lang, countrySlug, category, firstPageOfCity[city.slug])}#city-${city.slug}`,
  }));
  return { label: ctx.t(`service.category.${category}`), groups, filterGroups };
}

/** A page of one city's services, by category, and the filter to jump to a category. */
export function cityListView(
  list: {
    countrySlug: string;
    city: City;
    services: readonly SnapshotService[];
    categories: readonly { category: ServiceCategory; count: number }[];
  },
  firstPageOfCategory: Readonly<Record<string, number>>,
  ctx: PageContext,
) {
  const lang = ctx.locale.code;
  const { countrySlug, city } = list;
  const groups = groupsOf(list.services, ctx, (service) => ({
    key: service.category,
    name: service.categoryLabel,
    href: paths.servicesByCategory(lang, countrySlug, service.category),
  }));
  const filterGroups: FilterGroup[] = list.categories.map(({ category, count }) => ({
    key: category,
    name: ctx.t(`service.category.${category}`),
    count,
    href: `${paths.servicesInCity(lang, countrySlug, city.name, firstPageOfCategory[category])}#category-${category}`,
  }));
  return { title: ctx.t('services.inCity', { city: city.name }), groups, filterGroups };
}

/**
 * The directory's first page: two short lists whatever the number of services, the categories being a fixed
 * vocabulary and cities a few dozen.
 */
export function directoryIndexView(countrySlug: string, ctx: PageContext) {
  const lang = ctx.locale.code;
  const services = listedServices(ctx.snapshot, countrySlug);
  return {
    services,
    categories: categoriesOf(services).map(({ category, count }) => ({
      href: paths.servicesByCategory(lang, countrySlug, category),
      label: ctx.t(`service.category.${category}`),
      count,
    })),
    cities: citiesOf(services).map((city) => ({
      href: paths.servicesInCity(lang, countrySlug, city.name),
      label: city.name,
      count: city.count,
    })),
  };
}
