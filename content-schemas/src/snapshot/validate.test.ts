import { describe, expect, it } from 'vitest';
import { testService } from '../testing/testService.ts';
import { validSnapshot } from '../testing/validSnapshot.ts';
import { formatProblems } from './problems.ts';
import type { SnapshotService } from './schema.ts';
import { parseSnapshot, SnapshotError, validateSnapshot } from './validate.ts';

function problemsOf(input: unknown) {
  const result = validateSnapshot(input);
  if (result.success) throw new Error('expected the snapshot to be rejected');
  return result.problems;
}

describe('validateSnapshot', () => {
  it('accepts a valid snapshot and returns it typed', () => {
    const result = validateSnapshot(validSnapshot());
    expect(result.success).toBe(true);
    expect(result.success && result.snapshot.guides[0]?.title.en).toBe('Work permit');
  });

  it('names the document, field and locale of an empty translation', () => {
    const snapshot = validSnapshot();
    snapshot.guides[0]!.title.en = '   ';
    expect(problemsOf(snapshot)).toEqual([
      { document: 'guides "work-permit" (costa-rica)', field: 'title', locale: 'en', message: 'must not be empty' },
    ]);
  });

  it('rejects text missing in the default language', () => {
    const snapshot = validSnapshot();
    snapshot.guides[0]!.summary = { en: 'How to apply.' };
    const [problem] = problemsOf(snapshot);
    expect(problem).toMatchObject({ document: 'guides "work-permit" (costa-rica)', field: 'summary' });
    expect(problem?.message).toContain('default language "es"');
  });

  it('rejects a language the snapshot does not declare', () => {
    const snapshot = validSnapshot();
    (snapshot.guides[0]!.title as Record<string, string>).de = 'Arbeitserlaubnis';
    const [problem] = problemsOf(snapshot);
    expect(problem).toMatchObject({ document: 'guides "work-permit" (costa-rica)', field: 'title' });
    expect(problem?.message).toContain("not in the snapshot's locales");
  });

  it('accepts outdated translations in declared languages only', () => {
    const snapshot = validSnapshot();
    snapshot.guides[0]!.translation = { sourceChangedAt: '2026-11-02T10:00:00Z', outdated: ['en'] };
    expect(validateSnapshot(snapshot).success).toBe(true);
    snapshot.guides[0]!.translation = { sourceChangedAt: '2026-11-02T10:00:00Z', outdated: ['de'] };
    expect(problemsOf(snapshot)).toEqual([
      expect.objectContaining({ document: 'guides "work-permit" (costa-rica)', field: 'translation.outdated.0' }),
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const snapshot = validSnapshot();
    snapshot.guides[0]!.slug = 'Work Permit';
    snapshot.guides[0]!.officialSources[0]!.url = 'javascript:alert(1)';
    snapshot.countries[0]!.emergencyNumbers[0]!.number = 'call 911';
    const fields = problemsOf(snapshot).map((problem) => `${problem.document} ${problem.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'guides "Work Permit" (costa-rica) slug',
        'guides "Work Permit" (costa-rica) officialSources.0.url',
        'countries "costa-rica" emergencyNumbers.0.number',
      ]),
    );
  });

  it('finds references to countries and topics that are not in the snapshot', () => {
    const snapshot = validSnapshot();
    snapshot.guides[0]!.country = 'atlantis';
    snapshot.guides[0]!.topic = 'nowhere';
    expect(problemsOf(snapshot).map((problem) => problem.field)).toEqual(['country', 'topic']);
  });

  it('finds two guides with the same slug in one country', () => {
    const snapshot = validSnapshot();
    snapshot.guides.push({ ...snapshot.guides[0]!, id: '2' });
    expect(problemsOf(snapshot)).toEqual([expect.objectContaining({ field: 'slug', message: expect.stringContaining('duplicate') })]);
  });

  it('rejects a topic whose slug would take the address of a fixed section such as the services directory', () => {
    const snapshot = validSnapshot();
    snapshot.topics[0]!.slug = 'services';
    snapshot.guides[0]!.topic = 'services';
    expect(problemsOf(snapshot)).toEqual([expect.objectContaining({ document: 'topics "services"', field: 'slug' })]);
  });

  it('rejects a country whose slug would take the address of a site page such as the privacy page', () => {
    const snapshot = validSnapshot();
    const slug = snapshot.countries[0]!.slug;
    snapshot.countries[0]!.slug = 'privacy';
    for (const collection of [snapshot.guides, snapshot.services, snapshot.hubs, snapshot.alerts]) {
      for (const document of collection) if (document.country === slug) document.country = 'privacy';
    }
    expect(problemsOf(snapshot)).toEqual([
      expect.objectContaining({ document: 'countries "privacy"', field: 'slug', message: expect.stringContaining("site's own pages") }),
    ]);
  });

  it('rejects a service or hub whose slug would take the address of a section of the directory, and a city with no letters', () => {
    const snapshot = validSnapshot();
    snapshot.services.push(testService({ slug: 'category', country: 'costa-rica', city: '—' }));
    snapshot.hubs.push({
      id: 'h1',
      slug: 'page',
      country: 'costa-rica',
      name: { es: 'Centro' },
      municipality: 'San José',
      address: { es: 'Calle 1' },
      phones: [],
      modalities: ['in-person'],
      updatedAt: '2026-10-01T00:00:00Z',
    });
    expect(problemsOf(snapshot)).toEqual([
      expect.objectContaining({ document: 'services "category" (costa-rica)', field: 'slug' }),
      expect.objectContaining({ document: 'services "category" (costa-rica)', field: 'city' }),
      expect.objectContaining({ document: 'hubs "page" (costa-rica)', field: 'slug' }),
    ]);
  });

  it('rejects a country that does not publish in the default language, which every fallback needs', () => {
    const snapshot = validSnapshot();
    snapshot.countries[0]!.locales = ['en'];
    expect(problemsOf(snapshot)).toEqual([expect.objectContaining({ document: 'countries "costa-rica"', field: 'locales' })]);
  });

  it('rejects a snapshot of another schema version with a clear message', () => {
    const [problem] = problemsOf({ ...validSnapshot(), schemaVersion: 2 });
    expect(problem).toMatchObject({ document: 'snapshot', field: 'schemaVersion' });
  });

  it('rejects an alert that ends before it starts', () => {
    const snapshot = validSnapshot();
    snapshot.alerts.push({
      id: 'a1',
      country: 'costa-rica',
      severity: 'warning',
      title: { es: 'Aviso' },
      body: { es: 'Texto' },
      startsAt: '2026-05-01T00:00:00Z',
      endsAt: '2026-04-01T00:00:00Z',
    });
    expect(problemsOf(snapshot)).toEqual([expect.objectContaining({ document: 'alerts "a1" (costa-rica)', field: 'endsAt' })]);
  });
});

describe('validateSnapshot on malformed content', () => {
  // In the snapshot's country: the phone checks know its short numbers.
  const service = (overrides: Partial<SnapshotService>) => testService({ slug: 'clinica', country: 'costa-rica', ...overrides });

  it('refuses phone numbers that cannot be dialled and opening hours the site cannot read, naming each', () => {
    const snapshot = validSnapshot() as unknown as { services: unknown[] };
    snapshot.services.push(service({ phones: [{ number: '+5062222', type: 'voice' }], openingHours: 'de 8 a 5' }));
    expect(problemsOf(snapshot)).toEqual([
      { document: 'services "clinica" (costa-rica)', field: 'phones.0.number', message: expect.stringContaining('too few digits') },
      {
        document: 'services "clinica" (costa-rica)',
        field: 'openingHours',
        message: expect.stringMatching(/^"de 8 a 5" is not OpenStreetMap/),
      },
    ]);
  });

  it('refuses a short number the service’s country does not have, as the CMS does, and accepts the country’s own', () => {
    const snapshot = validSnapshot() as unknown as { services: unknown[] };
    snapshot.services.push(
      service({
        phones: [
          { number: '911', type: 'voice' },
          { number: '12345', type: 'voice' },
        ],
      }),
    );
    expect(problemsOf(snapshot)).toEqual([
      {
        document: 'services "clinica" (costa-rica)',
        field: 'phones.1.number',
        message: expect.stringMatching(/^"12345" is not a short number of Costa Rica \(911, 1147\)/),
      },
    ]);
  });

  it('still checks slugs and references across documents when some documents are broken, and reports both', () => {
    const snapshot = validSnapshot() as unknown as Record<string, unknown[]>;
    const guide = snapshot.guides![0] as Record<string, unknown>;
    snapshot.guides!.push({ ...guide, id: '2' }, { ...guide, id: '3', slug: 'other', topic: 'nowhere', title: null });
    snapshot.services!.push(service({ slug: 'one', country: 'atlantis' }), service({ slug: 'two', name: undefined }));
    expect(problemsOf(snapshot).map((problem) => `${problem.document} ${problem.field}`)).toEqual([
      'guides "other" (costa-rica) title',
      'services "two" (costa-rica) name',
      'guides "work-permit" (costa-rica) slug',
      'services "one" (atlantis) country',
    ]);
  });

  it('does not report a reference to a document that is itself broken a second time', () => {
    const snapshot = validSnapshot() as unknown as Record<string, unknown[]>;
    (snapshot.topics![0] as Record<string, unknown>).order = 'first';
    expect(problemsOf(snapshot)).toEqual([expect.objectContaining({ document: 'topics "regular-channels"', field: 'order' })]);
  });

  it('runs the extra checks a reader of the snapshot gives it, on the documents that are well formed', () => {
    const snapshot = validSnapshot() as unknown as Record<string, unknown[]>;
    snapshot.guides!.push({ id: 'broken' });
    const result = validateSnapshot(snapshot, [
      (checked) => checked.guides.map((guide) => ({ document: `guides "${guide.slug}"`, field: 'bodyHtml', message: 'checked' })),
    ]);
    expect(result.success ? [] : result.problems.map((problem) => problem.message)).toEqual(expect.arrayContaining(['checked']));
    expect(result.success ? [] : result.problems.filter((problem) => problem.message === 'checked')).toHaveLength(1);
  });
});

describe('validateSnapshot, one snapshot after another (a CMS exports, a shard builder checks, at every publish)', () => {
  it('checks again a document that changed since the last snapshot it checked', () => {
    expect(validateSnapshot(validSnapshot()).success).toBe(true);
    const edited = validSnapshot();
    edited.guides[0]!.title.en = '   ';
    expect(problemsOf(edited)).toEqual([
      { document: 'guides "work-permit" (costa-rica)', field: 'title', locale: 'en', message: 'must not be empty' },
    ]);
  });

  it('checks every document again when the snapshot’s languages changed', () => {
    expect(validateSnapshot(validSnapshot()).success).toBe(true);
    const withoutEnglish = validSnapshot();
    withoutEnglish.locales = withoutEnglish.locales.filter((locale) => locale.code !== 'en');
    expect(problemsOf(withoutEnglish)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ document: 'guides "work-permit" (costa-rica)', field: 'title', message: expect.stringContaining('en') }),
      ]),
    );
  });

  it('takes a document as checked when the next snapshot holds it as this check gave it (written to a file and read back)', () => {
    const exported = validSnapshot();
    exported.guides[0]!.title.es = '  Permiso de trabajo  ';
    const first = validateSnapshot(exported);
    if (!first.success) throw new Error('expected the snapshot to be accepted');
    expect(first.snapshot.guides[0]?.title.es).toBe('Permiso de trabajo');
    const readBack = validateSnapshot(JSON.parse(JSON.stringify(first.snapshot)));
    expect(readBack.success && readBack.snapshot.guides[0]).toBe(first.snapshot.guides[0]);
  });

  it('takes the checked documents themselves as checked, but checks one put into another collection against that one', () => {
    const first = validateSnapshot(validSnapshot());
    if (!first.success) throw new Error('expected the snapshot to be accepted');
    const again = validateSnapshot({ ...first.snapshot });
    expect(again.success && again.snapshot.guides[0]).toBe(first.snapshot.guides[0]);
    const misplaced = { ...first.snapshot, services: [...first.snapshot.services, first.snapshot.guides[0]] };
    expect(problemsOf(misplaced).some((problem) => problem.document.startsWith('services'))).toBe(true);
  });

  it('gives an unchanged document to the next snapshot as it was checked, frozen, so that no reader can change it for another', () => {
    const first = validateSnapshot(validSnapshot());
    const second = validateSnapshot(validSnapshot());
    if (!first.success || !second.success) throw new Error('expected the snapshot to be accepted');
    expect(second.snapshot.guides[0]).toBe(first.snapshot.guides[0]);
    expect(() => {
      (second.snapshot.guides[0]!.steps as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('parseSnapshot', () => {
  it('throws one error that lists every problem with the source name', () => {
    const snapshot = validSnapshot();
    snapshot.guides[0]!.title.en = '';
    snapshot.guides[0]!.summary.en = '';
    expect(() => parseSnapshot(snapshot, 'var/snapshot.json')).toThrowError(
      /var\/snapshot\.json is not a valid content snapshot:\n- guides "work-permit" \(costa-rica\), field "title", locale "en": must not be empty\n- .*field "summary", locale "en"/,
    );
  });

  it('throws a SnapshotError that holds the problems', () => {
    const snapshot = validSnapshot();
    snapshot.guides[0]!.title.en = '';
    const error = (() => {
      try {
        parseSnapshot(snapshot);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as SnapshotError).problems).toHaveLength(1);
  });

  it('formats problems as one line each', () => {
    expect(formatProblems([{ document: 'snapshot', field: 'defaultLocale', message: 'is wrong' }])).toBe(
      '- snapshot, field "defaultLocale": is wrong',
    );
  });
});
