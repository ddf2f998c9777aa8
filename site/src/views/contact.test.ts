import { describe, expect, it } from 'vitest';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testSnapshot } from '~/testing/snapshot.ts';
import { openingHoursView } from './contact.ts';

const hours = 'Mo-Fr 08:00-12:00,13:00-17:00; Sa 08:00-12:00';

describe('openingHoursView', () => {
  it('gives every weekday a row, named in Kreyòl on a Kreyòl page', () => {
    const view = openingHoursView(hours, createPageContext(testSnapshot(), 'ht'));
    expect(view?.display).toEqual({
      kind: 'days',
      days: [
        { name: 'Lendi', times: '08:00–12:00, 13:00–17:00' },
        { name: 'Madi', times: '08:00–12:00, 13:00–17:00' },
        { name: 'Mèkredi', times: '08:00–12:00, 13:00–17:00' },
        { name: 'Jedi', times: '08:00–12:00, 13:00–17:00' },
        { name: 'Vandredi', times: '08:00–12:00, 13:00–17:00' },
        { name: 'Samdi', times: '08:00–12:00' },
        { name: 'Dimanch', times: 'Fèmen' },
      ],
    });
  });

  it('names the days in Spanish on a Spanish page and hands the same week to the "open now" script', () => {
    const view = openingHoursView(hours, createPageContext(testSnapshot(), 'es'));
    expect(view?.display).toMatchObject({
      days: [{ name: 'Lunes' }, {}, {}, {}, {}, { name: 'Sábado' }, { name: 'Domingo', times: 'Cerrado' }],
    });
    expect(view?.openNowWeek?.[0]).toEqual([
      [480, 720],
      [780, 1020],
    ]);
    expect(view?.openNowWeek?.[6]).toEqual([]);
  });

  it('says "open 24 hours" in one line rather than seven rows', () => {
    expect(openingHoursView('24/7', createPageContext(testSnapshot(), 'en'))?.display).toEqual({
      kind: 'text',
      text: 'Open 24 hours, every day',
    });
  });

  it('shows a comment on uncertain hours and gives the script nothing to guess from', () => {
    const view = openingHoursView('Mo 09:00-12:00 "cita previa"', createPageContext(testSnapshot(), 'es'));
    expect(view?.display.kind === 'days' && view.display.days[0]).toEqual({ name: 'Lunes', times: '09:00–12:00 (cita previa)' });
    expect(view?.openNowWeek).toBeUndefined();
  });

  it('shows hours that vary by date as the editor wrote them', () => {
    expect(openingHoursView('Mo-Fr 08:00-16:00; PH off', createPageContext(testSnapshot(), 'ht'))).toMatchObject({
      display: { kind: 'text', text: 'Mo-Fr 08:00-16:00; PH off' },
      openNowWeek: undefined,
    });
  });
});
