import type { SnapshotService } from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { testSnapshot } from '~/testing/snapshot.ts';
import { categoryRoutes, cityRoutes, entriesPerPage, hubListRoutes, serviceRoutes } from './routes.ts';

function service(
  slug: string,
  city: string,
  category: SnapshotService['category'],
  status: SnapshotService['status'] = 'active',
): SnapshotService {
  return {
    id: slug,
    slug,
    country: 'guatemala',
    organization: slug,
    name: { es: slug },
    description: { es: 'Ayuda' },
    category,
    city,
    phones: [],
    status,
    languages: [],
    updatedAt: '2026-10-01T00:00:00Z',
  };
}

// 25 legal services in Tecún Umán and 5 in the capital: more than one page, with the last city on the second.
const services = [
  ...Array.from({ length: 25 }, (_, index) => service(`tecun-${String(index).padStart(2, '0')}`, 'Tecún Umán', 'legal-aid')),
  ...Array.from({ length: 5 }, (_, index) => service(`capital-${index}`, 'Ciudad de Guatemala', 'legal-aid')),
  service('clinica', 'Tecun Uman', 'health'),
  service('cerrado', 'Tecún Umán', 'health', 'inactive'),
];
const snapshot = testSnapshot({ services });
const spanish = <T extends { params: { lang: string } }>(routes: T[]) => routes.filter((route) => route.params.lang === 'es');

describe('categoryRoutes', () => {
  it('cuts a long category into pages, ordered by city, and knows on which page each city starts', () => {
    const legalAid = spanish(categoryRoutes(snapshot)).filter((route) => route.props.category === 'legal-aid');
    expect(legalAid.map((route) => route.params.page)).toEqual([undefined, 'page/2']);
    expect(legalAid.map((route) => route.props.services.length)).toEqual([entriesPerPage, 30 - entriesPerPage]);
    expect(legalAid[0]?.props.services[0]?.city).toBe('Ciudad de Guatemala');
    expect(legalAid[0]?.props.firstPageOfCity).toEqual({ 'ciudad-de-guatemala': 1, 'tecun-uman': 1 });
    expect(legalAid[1]?.props.cities).toEqual([
      { slug: 'ciudad-de-guatemala', name: 'Ciudad de Guatemala', count: 5 },
      { slug: 'tecun-uman', name: 'Tecún Umán', count: 25 },
    ]);
  });

  it('builds the same pages, with the same services, in every language the country publishes in', () => {
    const routes = categoryRoutes(snapshot).filter((route) => route.props.category === 'legal-aid' && route.params.page === 'page/2');
    expect(routes.map((route) => route.params.lang)).toEqual(['es', 'en', 'ht']);
    expect(new Set(routes.map((route) => route.props.services.map((entry) => entry.slug).join()))).toHaveProperty('size', 1);
  });
});

describe('cityRoutes', () => {
  it('gives one page to a city however its name is accented, and leaves out services that stopped running', () => {
    const tecun = spanish(cityRoutes(snapshot)).filter((route) => route.params.city === 'tecun-uman');
    expect(tecun.map((route) => route.params.page)).toEqual([undefined, 'page/2']);
    expect(tecun[0]?.props.categories).toEqual([
      { category: 'legal-aid', count: 25 },
      { category: 'health', count: 1 },
    ]);
    expect(tecun[1]?.props.services.map((entry) => entry.slug)).toEqual([
      'tecun-20',
      'tecun-21',
      'tecun-22',
      'tecun-23',
      'tecun-24',
      'clinica',
    ]);
    expect(tecun[0]?.props.firstPageOfCategory).toEqual({ 'legal-aid': 1, health: 2 });
  });
});

describe('serviceRoutes and hubListRoutes', () => {
  it('keeps a page for a service that stopped running, for the links and printed sheets that point at it', () => {
    expect(spanish(serviceRoutes(snapshot)).map((route) => route.params.slug)).toContain('cerrado');
  });

  it('gives a country with no hubs one hubs page, which says so', () => {
    expect(spanish(hubListRoutes(snapshot))).toEqual([expect.objectContaining({ props: expect.objectContaining({ hubs: [] }) })]);
  });
});
