import { describe, expect, it } from 'vitest';
import { describeChange, describeSummary } from './describeChange.ts';

describe("build records in the admin's language", () => {
  it('names what changed the way the editor says it, in Spanish, English and French', () => {
    expect(describeChange('guides "permiso-de-trabajo" updated', 'es')).toBe('guía «permiso-de-trabajo» actualizado');
    expect(describeChange('guides "permiso-de-trabajo" reviewed', 'en')).toBe('guide «permiso-de-trabajo» marked as reviewed');
    expect(describeChange('alerts "cierre" starts', 'fr')).toBe('alerte «cierre» commence');
    expect(describeChange('site-settings updated', 'es')).toBe('ajustes del sitio actualizado');
    expect(describeChange('full rebuild asked by admin@example.org', 'es')).toBe('reconstrucción completa pedida por admin@example.org');
  });

  it('keeps how many more changes joined the build, and shows text it does not know as stored', () => {
    expect(describeSummary('services "clinica" published (+2)', 'es')).toBe('servicio «clinica» publicado (+2)');
    expect(describeChange('something new', 'es')).toBe('something new');
  });
});
