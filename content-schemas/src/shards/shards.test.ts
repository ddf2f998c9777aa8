import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../snapshot/schema.ts';
import { parseSnapshot } from '../snapshot/validate.ts';
import { validSnapshot } from '../testing/validSnapshot.ts';
import { shardFingerprints } from './shardFingerprints.ts';
import { shardSnapshot } from './shardSnapshot.ts';
import { listShards, parseShardId, shardOfPage } from './shards.ts';

/** Costa Rica (es, en) from the valid snapshot, plus Guatemala in es and fr. */
function twoCountries(): Snapshot {
  const snapshot = validSnapshot();
  snapshot.locales.push({ code: 'fr', label: 'Français', dir: 'ltr' });
  snapshot.countries.push({
    code: 'GT',
    slug: 'guatemala',
    name: { es: 'Guatemala' },
    locales: ['es', 'fr'],
    emergencyNumbers: [{ label: { es: 'Policía' }, number: '110' }],
  });
  snapshot.guides.push({ ...structuredClone(snapshot.guides[0]!), id: '2', slug: 'asilo', country: 'guatemala' });
  return snapshot;
}

/** The two countries, with a licensed agency in Guatemala's register, valid until the end of 2026. */
function withRegister(): Snapshot {
  const snapshot = twoCountries();
  snapshot.recruiters.push({
    id: 'r1',
    slug: 'agencia-norte',
    country: 'guatemala',
    kind: 'agency',
    name: 'Agencia Norte',
    otherNames: ['Empleos del Norte'],
    licenceNumber: 'MT-0042',
    status: 'licensed',
    validUntil: '2026-12-31T00:00:00Z',
    authority: 'Ministerio de Trabajo',
    authorityUrl: 'https://trabajo.example/registro',
    destinations: { es: 'Canadá', fr: 'Canada', en: 'Canada' },
    sectors: ['agriculture'],
    lastCheckedAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
  });
  return snapshot;
}

/** Which shards' fingerprints differ between two snapshots. */
function changedShards(before: Snapshot, after: Snapshot): string[] {
  const old = shardFingerprints(before);
  const now = shardFingerprints(after);
  return Object.keys(now).filter((id) => old[id] !== now[id]);
}

describe('shards', () => {
  it('are the site-wide shard and each country in each of its languages', () => {
    expect(listShards(twoCountries()).map((shard) => shard.id)).toEqual([
      'site',
      'es/costa-rica',
      'en/costa-rica',
      'es/guatemala',
      'fr/guatemala',
    ]);
  });

  it('are named by ids that read back, and refused when malformed', () => {
    expect(parseShardId('es/honduras')).toEqual({ kind: 'country', id: 'es/honduras', lang: 'es', country: 'honduras' });
    expect(parseShardId('site').kind).toBe('site');
    expect(() => parseShardId('honduras')).toThrow(/"honduras" is not a shard/);
    expect(() => parseShardId('es/../x')).toThrow(/not a shard/);
  });

  it('own a page by its route parameters', () => {
    expect(shardOfPage({ lang: 'en', country: 'costa-rica' }).id).toBe('en/costa-rica');
    expect(shardOfPage({ lang: 'en' }).id).toBe('site');
    expect(shardOfPage({}).id).toBe('site');
  });
});

describe('shardSnapshot', () => {
  it('keeps a country shard to its country, its language and the default one', () => {
    const content = shardSnapshot(twoCountries(), parseShardId('en/costa-rica'));
    expect(content.guides.map((guide) => guide.slug)).toEqual(['work-permit']);
    expect(content.guides[0]?.title).toEqual({ es: 'Permiso de trabajo', en: 'Work permit' });
    expect(content.countries.find((country) => country.slug === 'costa-rica')?.emergencyNumbers).toHaveLength(1);
    // Other countries are named and linked, nothing more, and only those published in the shard's language.
    expect(content.countries.map((country) => country.slug)).toEqual(['costa-rica']);
    const spanish = shardSnapshot(twoCountries(), parseShardId('es/costa-rica'));
    expect(spanish.countries.find((country) => country.slug === 'guatemala')).toMatchObject({
      name: { es: 'Guatemala' },
      emergencyNumbers: [],
    });
  });

  it('drops the text of other languages', () => {
    const snapshot = twoCountries();
    snapshot.guides[0]!.title.fr = 'Permis de travail';
    expect(shardSnapshot(snapshot, parseShardId('en/costa-rica')).guides[0]?.title).toEqual({
      es: 'Permiso de trabajo',
      en: 'Work permit',
    });
  });

  it('keeps only the alerts in force when the snapshot was exported', () => {
    const snapshot = twoCountries();
    const alert = { country: 'costa-rica', severity: 'warning' as const, title: { es: 'Cierre' }, body: { es: 'Cerrado.' } };
    snapshot.alerts.push(
      { ...alert, id: 'now', startsAt: '2026-11-19T00:00:00Z' },
      { ...alert, id: 'later', startsAt: '2026-12-01T00:00:00Z' },
      { ...alert, id: 'over', startsAt: '2026-10-01T00:00:00Z', endsAt: '2026-11-01T00:00:00Z' },
    );
    expect(shardSnapshot(snapshot, parseShardId('es/costa-rica')).alerts.map((kept) => kept.id)).toEqual(['now']);
  });

  it('tells a language only about its own outdated translation', () => {
    const snapshot = twoCountries();
    snapshot.guides[0]!.translation = { sourceChangedAt: '2026-11-10T00:00:00Z', outdated: ['en', 'fr'] };
    expect(shardSnapshot(snapshot, parseShardId('en/costa-rica')).guides[0]?.translation?.outdated).toEqual(['en']);
    expect(shardSnapshot(snapshot, parseShardId('es/costa-rica')).guides[0]?.translation).toBeUndefined();
  });

  it('gives a country’s register of recruiters to its own shards only, in their languages', () => {
    const snapshot = withRegister();
    expect(shardSnapshot(snapshot, parseShardId('fr/guatemala')).recruiters[0]?.destinations).toEqual({ es: 'Canadá', fr: 'Canada' });
    expect(shardSnapshot(snapshot, parseShardId('es/costa-rica')).recruiters).toEqual([]);
    expect(shardSnapshot(snapshot, parseShardId('site')).recruiters).toEqual([]);
  });

  it('keeps the site-wide shard to the languages and the countries’ names', () => {
    const content = shardSnapshot(twoCountries(), parseShardId('site'));
    expect(content.guides).toEqual([]);
    expect(content.countries.map((country) => [country.slug, country.emergencyNumbers.length])).toEqual([
      ['costa-rica', 0],
      ['guatemala', 0],
    ]);
  });
});

describe('shardFingerprints', () => {
  it('change for the shards a translation shows in, and no other', () => {
    const after = twoCountries();
    after.guides[0]!.title.en = 'Work permits';
    expect(changedShards(twoCountries(), after)).toEqual(['en/costa-rica']);
  });

  it('change for every language of a country when its default-language text changes (the fallback shows it)', () => {
    const after = twoCountries();
    after.guides[0]!.summary.es = 'Cómo pedirlo hoy.';
    expect(changedShards(twoCountries(), after)).toEqual(['es/costa-rica', 'en/costa-rica']);
  });

  it('change for a country’s shards when its emergency number changes', () => {
    const after = twoCountries();
    after.countries[1]!.emergencyNumbers[0]!.number = '120';
    expect(changedShards(twoCountries(), after)).toEqual(['es/guatemala', 'fr/guatemala']);
  });

  it('change for every country shard in a language when a topic’s title in it changes', () => {
    const after = twoCountries();
    after.topics[0]!.title.es = 'Vías regulares de migración';
    expect(changedShards(twoCountries(), after)).toEqual(['es/costa-rica', 'en/costa-rica', 'es/guatemala', 'fr/guatemala']);
  });

  it('change for the site-wide shard, and the shards of the same language (their search offers it), when a country is added', () => {
    const after = twoCountries();
    after.countries.push({ code: 'HN', slug: 'honduras', name: { es: 'Honduras' }, locales: ['es'], emergencyNumbers: [] });
    expect(changedShards(twoCountries(), after)).toEqual(['site', 'es/costa-rica', 'es/guatemala', 'es/honduras']);
  });

  it('stay the same when only the export time changes, until a page becomes overdue for review', () => {
    const later = twoCountries();
    later.generatedAt = '2026-11-21T10:00:00Z';
    expect(changedShards(twoCountries(), later)).toEqual([]);
    // The guides were last changed on 1 November and are due 180 days later.
    const overdue = twoCountries();
    overdue.generatedAt = '2027-06-01T00:00:00Z';
    expect(changedShards(twoCountries(), overdue)).toEqual(['es/costa-rica', 'en/costa-rica', 'es/guatemala', 'fr/guatemala']);
  });

  it('change for the country’s shards when an agency in its register changes status', () => {
    const after = withRegister();
    after.recruiters[0]!.status = 'suspended';
    expect(changedShards(withRegister(), after)).toEqual(['es/guatemala', 'fr/guatemala']);
  });

  it('change for the country’s shards when a licence passes its end date, though the register was not updated', () => {
    const stillValid = withRegister();
    stillValid.generatedAt = '2026-12-31T23:00:00Z';
    expect(changedShards(withRegister(), stillValid)).toEqual([]);
    const lapsed = withRegister();
    lapsed.generatedAt = '2027-01-02T00:00:00Z';
    expect(changedShards(withRegister(), lapsed)).toEqual(['es/guatemala', 'fr/guatemala']);
  });

  it('change for the shards showing an image whose file changed', () => {
    const snapshot = twoCountries();
    snapshot.media.push({ id: 'm1', file: 'media/card.png', mimeType: 'image/png', width: 10, height: 10, alt: { es: 'Tarjeta' } });
    snapshot.guides[1]!.image = 'm1';
    const before = shardFingerprints(snapshot, new Map([['m1', 'aaa']]));
    const after = shardFingerprints(snapshot, new Map([['m1', 'bbb']]));
    expect(Object.keys(after).filter((id) => before[id] !== after[id])).toEqual(['es/guatemala', 'fr/guatemala']);
  });
});

describe('shardFingerprints of checked snapshots, one after another (the CMS at every publish)', () => {
  // A checked snapshot's unchanged documents are the last one's, frozen: their shard cuts and JSON are reused.
  it('change for the shards an edited document shows in, and no other', () => {
    const first = parseSnapshot(twoCountries());
    const edited = twoCountries();
    edited.guides[1]!.title.fr = 'Asile';
    const second = parseSnapshot(edited);
    expect(second.guides[0]).toBe(first.guides[0]);
    expect(changedShards(first, second)).toEqual(['fr/guatemala']);
    const topicRenamed = twoCountries();
    topicRenamed.guides[1]!.title.fr = 'Asile';
    topicRenamed.topics[0]!.title.en = 'Regular pathways';
    expect(changedShards(second, parseSnapshot(topicRenamed))).toEqual(['en/costa-rica']);
  });

  it('are the ones the same content gives unfrozen, worked out afresh', () => {
    const edited = twoCountries();
    edited.guides[0]!.summary.es = 'Cómo pedirlo hoy.';
    shardFingerprints(parseSnapshot(twoCountries()));
    const checked = parseSnapshot(edited);
    expect(shardFingerprints(checked)).toEqual(shardFingerprints(structuredClone(checked)));
  });
});
