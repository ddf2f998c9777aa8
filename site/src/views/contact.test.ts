import { describe, expect, it } from 'vitest';
import { createPageContext } from '../i18n/pageContext.ts';
import { testSnapshot } from '../testing/snapshot.ts';
import { openingHoursView } from './contact.ts';

const hours = 'Mo-Fr 08:00-16:00; Sa 08:00-12:00';

describe('openingHoursView', () => {
  it('names the days in Kreyòl on a Kreyòl page', () => {
    expect(openingHoursView(hours, createPageContext(testSnapshot(), 'ht'))).toEqual({
      kind: 'rows',
      rows: [
        { days: 'Lendi–Vandredi', times: '08:00–16:00' },
        { days: 'Samdi', times: '08:00–12:00' },
        { days: 'Dimanch', times: 'Fèmen' },
      ],
    });
  });

  it('names the days in Spanish on a Spanish page', () => {
    expect(openingHoursView(hours, createPageContext(testSnapshot(), 'es'))).toMatchObject({
      rows: [{ days: 'Lunes–Viernes' }, { days: 'Sábado' }, { days: 'Domingo', times: 'Cerrado' }],
    });
  });

  it('shows hours too rich to summarise as the editor wrote them', () => {
    expect(openingHoursView('Mo-Fr 08:00-16:00; PH off', createPageContext(testSnapshot(), 'ht'))).toEqual({
      kind: 'text',
      text: 'Mo-Fr 08:00-16:00; PH off',
    });
  });
});
