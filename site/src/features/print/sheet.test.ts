import { testService } from '@infohub/content-schemas/testing';
import { describe, expect, it } from 'vitest';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testSnapshot } from '~/testing/snapshot.ts';
import { openingHoursView } from '~/views/contact.ts';
import { qrCodeSvg } from './qrCode.ts';
import { directoryAsOf, hoursInOneLine, liveUrl, servicesSheetView } from './sheet.ts';

describe('liveUrl', () => {
  it('points at the page on the public site, whatever path the site URL carries', () => {
    expect(liveUrl('/ht/guatemala/guides/permiso-de-trabajo/', 'https://info.example.org')).toBe(
      'https://info.example.org/ht/guatemala/guides/permiso-de-trabajo/',
    );
    expect(liveUrl('/es/guatemala/', new URL('https://info.example.org/some/where/'))).toBe('https://info.example.org/es/guatemala/');
  });

  it('refuses a relative path, which would resolve against whatever page it was printed from', () => {
    expect(() => liveUrl('es/guatemala/', 'https://info.example.org')).toThrow(/must be a site path/);
  });
});

describe('qrCodeSvg', () => {
  it('draws a black-on-white SVG code with its quiet zone', async () => {
    const svg = await qrCodeSvg('https://info.example.org/es/guatemala/');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    // Version 3 (29 modules) plus four modules of margin on each side.
    expect(svg).toContain('viewBox="0 0 37 37"');
  });
});

describe('servicesSheetView', () => {
  it('groups by city, then category in the vocabulary order, and leaves out services that stopped running', () => {
    const snapshot = testSnapshot({
      services: [
        testService({ slug: 'salud-xela', city: 'Quetzaltenango', category: 'health', organization: 'Clínica' }),
        testService({ slug: 'legal-xela', city: 'Quetzaltenango', category: 'legal-aid', organization: 'Bufete B' }),
        testService({ slug: 'legal-xela-2', city: 'Quetzaltenango', category: 'legal-aid', organization: 'Bufete A' }),
        testService({ slug: 'cerrado', city: 'Quetzaltenango', category: 'legal-aid', status: 'inactive' }),
        testService({ slug: 'albergue', city: 'Guatemala', category: 'shelter' }),
        testService({ slug: 'otro-pais', country: 'mexico', city: 'Tapachula' }),
      ],
    });
    const ctx = createPageContext(snapshot, 'en');
    const cities = servicesSheetView(snapshot, 'guatemala', ctx);
    expect(cities.map((city) => city.name)).toEqual(['Guatemala', 'Quetzaltenango']);
    const xela = cities[1];
    expect(xela?.categories.map((group) => [group.label, group.services.map((entry) => entry.slug)])).toEqual([
      [ctx.t('service.category.legal-aid'), ['legal-xela-2', 'legal-xela']],
      [ctx.t('service.category.health'), ['salud-xela']],
    ]);
  });
});

describe('hoursInOneLine', () => {
  it('joins consecutive days with the same times', () => {
    const ctx = createPageContext(testSnapshot(), 'es');
    const hours = openingHoursView('Mo-Fr 08:00-16:00; Sa 09:00-12:00', ctx);
    if (!hours) throw new Error('no hours');
    expect(hoursInOneLine(hours)).toBe('Lunes–Viernes: 08:00–16:00; Sábado: 09:00–12:00; Domingo: Cerrado');
  });

  it('keeps days apart when a day in between differs', () => {
    const ctx = createPageContext(testSnapshot(), 'en');
    const hours = openingHoursView('Mo,We 08:00-12:00', ctx);
    if (!hours) throw new Error('no hours');
    expect(hoursInOneLine(hours)).toBe('Monday: 08:00–12:00; Tuesday: Closed; Wednesday: 08:00–12:00; Thursday–Sunday: Closed');
  });
});

describe('directoryAsOf', () => {
  it('dates a directory by the newest confirmation of the services it lists, not by when it was built', () => {
    const snapshot = testSnapshot({
      services: [
        testService({ slug: 'a', lastReviewedAt: '2026-11-02T00:00:00Z' }),
        testService({ slug: 'b', updatedAt: '2026-11-09T00:00:00Z' }),
        testService({ slug: 'c', status: 'inactive', updatedAt: '2026-11-19T00:00:00Z' }),
      ],
    });
    expect(directoryAsOf(snapshot, 'guatemala')).toBe('2026-11-09T00:00:00Z');
    expect(directoryAsOf(snapshot, 'costa-rica')).toBeUndefined();
  });
});
