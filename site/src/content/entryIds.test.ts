import { describe, expect, it } from 'vitest';
import { entryId, isEntryId } from './entryIds.ts';

describe('entry ids', () => {
  it('prefix a slug with its type, so a service called "main" cannot take the id of the page’s <main>', () => {
    expect(entryId('service', 'main')).toBe('service-main');
    expect(entryId('hub', 'san-jose')).toBe('hub-san-jose');
  });

  it('tell entries from the other headings of a list page', () => {
    expect(isEntryId('service', entryId('service', 'albergue'))).toBe(true);
    expect(isEntryId('service', 'city-tecun-uman')).toBe(false);
    expect(isEntryId('hub', entryId('service', 'albergue'))).toBe(false);
  });
});
