import { describe, expect, it } from 'vitest';
import { matchesQuery } from './wordsOnPage.ts';

describe('searching the register', () => {
  const agency = ['Agencia Peña Hermanos S.A.', 'Empleos del Norte', 'MT-0042'];

  it('ignores accents and capitals, both ways', () => {
    expect(matchesQuery(agency, 'pena')).toBe(true);
    expect(matchesQuery(agency, 'PEÑA')).toBe(true);
    expect(matchesQuery(['Agencia Pena'], 'peña')).toBe(true);
    expect(matchesQuery(['Crème Emploi'], 'creme')).toBe(true);
  });

  it('finds an agency by any of its other names, and by words in any order', () => {
    expect(matchesQuery(agency, 'norte empleos')).toBe(true);
    expect(matchesQuery(agency, 'hermanos sa')).toBe(true);
  });

  it('finds a licence number however it is typed', () => {
    expect(matchesQuery(agency, 'MT-0042')).toBe(true);
    expect(matchesQuery(agency, 'mt 0042')).toBe(true);
    expect(matchesQuery(agency, 'mt0042')).toBe(true);
    expect(matchesQuery(agency, '0042')).toBe(true);
  });

  it('does not answer for a name that is not there', () => {
    expect(matchesQuery(agency, 'sur')).toBe(false);
    expect(matchesQuery(agency, 'peña sur')).toBe(false);
    expect(matchesQuery(agency, 'MT-0043')).toBe(false);
  });

  it('lists everything for an empty query or one of punctuation only', () => {
    expect(matchesQuery(agency, '')).toBe(true);
    expect(matchesQuery(agency, ' - . ')).toBe(true);
  });
});

describe("the counter picker's search box", () => {
  it('matches every word, whatever the case and accents', () => {
    expect(matchesQuery(['Albergue temporal', 'Tecún Umán'], 'TECUN alberg')).toBe(true);
    expect(matchesQuery(['Albergue temporal', 'Tecún Umán'], 'tecun salud')).toBe(false);
    expect(matchesQuery(['Albergue'], '  ')).toBe(true);
  });
});
