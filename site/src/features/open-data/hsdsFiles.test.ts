import type { SnapshotService } from '@infohub/content-schemas';
import { prepareHsdsValidation } from '@infohub/content-schemas/hsds';
import { testService } from '@infohub/content-schemas/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { testSnapshot } from '~/testing/snapshot.ts';
import { hsdsFilesOf, openDataDate } from './hsdsFiles.ts';

// Ajv compiles the official schema once, before the tests' own timeouts start (it is slow on a busy machine).
beforeAll(prepareHsdsValidation, 60_000);

const shelter = (overrides: Partial<SnapshotService> = {}) =>
  testService({
    id: '7',
    slug: 'albergue',
    organization: 'Casa del Migrante',
    name: { es: 'Albergue', en: 'Shelter' },
    description: { es: 'Hospedaje temporal.' },
    category: 'shelter',
    languages: ['es'],
    lastReviewedAt: '2026-10-01T00:00:00Z',
    updatedAt: '2026-09-01T00:00:00Z',
    ...overrides,
  });

describe('the open data of a country shard', () => {
  it('is the list and the full records of its services, in the shard’s language', () => {
    const files = hsdsFilesOf(testSnapshot({ services: [shelter()] }), 'guatemala', 'en');
    expect(files.list).toMatchObject({ total_items: 1, contents: [{ name: 'Shelter', status: 'active' }] });
    expect(files.services[0]?.id).toBe(files.list.contents[0]?.id);
  });

  it('stops the build, naming the service, field and language, rather than publish a record that breaks HSDS', () => {
    // The snapshot check refuses such a status first; this is the last guard should the mapping ever let one through.
    const content = testSnapshot({ services: [shelter({ status: 'closed' as SnapshotService['status'] })] });
    expect(() => hsdsFilesOf(content, 'guatemala', 'ht')).toThrow(
      /breaks the HSDS 3\.0 schema[\s\S]*services "Albergue" \(guatemala, HSDS id [0-9a-f-]{36}\), field "status", locale "ht": is missing: HSDS requires it/,
    );
  });

  it('is dated by the newest change or confirmation among its services, not by the build', () => {
    const content = testSnapshot({ services: [shelter(), shelter({ slug: 'otro', updatedAt: '2026-11-02T00:00:00Z' })] });
    expect(openDataDate(content, 'guatemala')).toBe('2026-11-02T00:00:00Z');
    expect(openDataDate(testSnapshot(), 'guatemala')).toBeUndefined();
  });
});
