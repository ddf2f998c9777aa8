import { describe, expect, it } from 'vitest';
import { isPrintPath, isSheetPath, paths, switchLocale } from './paths.ts';
import { isSlug, slugify } from './slugs.ts';

describe('paths', () => {
  it('puts the language first and keeps slugs the same in every language', () => {
    expect(paths.guide('es', 'costa-rica', 'work-permit')).toBe('/es/costa-rica/guides/work-permit/');
    expect(paths.guide('ht', 'costa-rica', 'work-permit')).toBe('/ht/costa-rica/guides/work-permit/');
    expect(paths.services('en', 'mexico')).toBe('/en/mexico/services/');
  });

  it('puts the site pages and the feed where readers and feed readers look for them', () => {
    expect(paths.privacy('fr')).toBe('/fr/privacy/');
    expect(paths.feed('ht', 'guatemala')).toBe('/ht/guatemala/feed.xml');
  });

  it('gives the services of a category or a city pages of their own, and later pages of a list a page number', () => {
    expect(paths.servicesByCategory('es', 'mexico', 'legal-aid')).toBe('/es/mexico/services/category/legal-aid/');
    expect(paths.servicesByCategory('es', 'mexico', 'legal-aid', 2)).toBe('/es/mexico/services/category/legal-aid/page/2/');
    expect(paths.servicesInCity('ht', 'mexico', 'Ciudad Juárez')).toBe('/ht/mexico/services/city/ciudad-juarez/');
    expect(paths.service('en', 'mexico', 'albergue')).toBe('/en/mexico/services/albergue/');
    expect(paths.hubs('en', 'mexico', 3)).toBe('/en/mexico/hubs/page/3/');
    expect(paths.hub('fr', 'mexico', 'tapachula')).toBe('/fr/mexico/hubs/tapachula/');
  });
});

describe('print sheets', () => {
  it('puts every sheet under the country print section, its PDF beside it', () => {
    const sheet = paths.guideSheet('ht', 'guatemala', 'permiso-de-trabajo');
    expect(sheet).toBe('/ht/guatemala/print/guides/permiso-de-trabajo/');
    expect(paths.sheetPdf(sheet)).toBe('/ht/guatemala/print/guides/permiso-de-trabajo.pdf');
    expect(paths.sheetPdf(paths.servicesSheet('es', 'mexico'))).toBe('/es/mexico/print/services.pdf');
    expect(paths.sheetPdf(paths.hubSheet('en', 'mexico', 'tapachula'))).toBe('/en/mexico/print/hubs/tapachula.pdf');
  });

  it('tells a sheet from the list of sheets and from other pages', () => {
    expect(isSheetPath(paths.hubSheet('es', 'mexico', 'tapachula'))).toBe(true);
    expect(isSheetPath(paths.servicesSheet('es', 'mexico'))).toBe(true);
    expect(isSheetPath(paths.printMaterials('es', 'mexico'))).toBe(false);
    expect(isPrintPath(paths.printMaterials('es', 'mexico'))).toBe(true);
    expect(isSheetPath(paths.hub('es', 'mexico', 'tapachula'))).toBe(false);
    expect(isPrintPath(paths.guide('es', 'mexico', 'print'))).toBe(false);
  });
});

describe('switchLocale', () => {
  it('keeps the reader on the same page in another language', () => {
    expect(switchLocale('/es/costa-rica/guides/work-permit/', 'es', 'en')).toBe('/en/costa-rica/guides/work-permit/');
  });

  it('goes to the other language home from the bare language path', () => {
    expect(switchLocale('/es', 'es', 'fr')).toBe('/fr/');
  });

  it('does not mistake a path that merely starts with the same letters for the language', () => {
    expect(switchLocale('/est/page/', 'es', 'en')).toBe('/en/');
  });
});

describe('slugify', () => {
  it('drops accents and punctuation so a slug can be typed on any keyboard', () => {
    expect(slugify('Permiso de trabajo: ¿cómo se pide?')).toBe('permiso-de-trabajo-como-se-pide');
    expect(slugify('Pèmi travay pou ayisyen')).toBe('pemi-travay-pou-ayisyen');
  });

  it('produces valid slugs', () => {
    expect(isSlug(slugify('  Niños y niñas — protección  '))).toBe(true);
    expect(isSlug('Not A Slug')).toBe(false);
  });
});
