import { describe, expect, it } from 'vitest';
import { publicPagePath, publicPageUrl } from './publicPage.ts';

describe('the public page of a published document', () => {
  it('is the page of its kind in the language the editor published, at the configured site address', () => {
    expect(publicPageUrl('https://info.example.org/', publicPagePath('guides', 'es', 'honduras', 'permiso'))).toBe(
      'https://info.example.org/es/honduras/guides/permiso/',
    );
    expect(publicPagePath('alerts', 'en', 'honduras', 'cierre')).toBe('/en/honduras/');
  });
});
