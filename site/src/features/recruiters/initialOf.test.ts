import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '~/features/search/normalizeQuery.ts';
import { initialOf } from './initialOf.ts';

describe("the register's alphabetical list", () => {
  it('writes names as plain words', () => {
    expect(normalizeQuery('  Ñandú–Empleos, S.A. ')).toBe('nandu empleos s a');
  });

  it('files names under A–Z without their accents, and others under #', () => {
    expect(initialOf('Éxito Laboral')).toBe('E');
    expect(initialOf('ñandú')).toBe('N');
    expect(initialOf('3M Empleos')).toBe('#');
    expect(initialOf('وكالة')).toBe('#');
  });
});
