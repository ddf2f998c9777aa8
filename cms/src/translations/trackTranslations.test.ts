import type { Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { paragraphsToRichText } from '../seed/lexical.ts';
import { publishGuideInSpanishAndEnglish, spanishGuide } from '../testing/fixtures.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';
import { progressOf, readMarkers, stateOf, type TranslationState } from './translationMarkers.ts';

async function statesOf(payload: Payload, collection: 'guides' | 'countries', id: number): Promise<Record<string, TranslationState>> {
  const doc = await payload.findByID({ collection, id, depth: 0, draft: true, overrideAccess: true });
  const markers = readMarkers(doc.translationStatus);
  if (!markers) throw new Error('no translation markers');
  return { en: stateOf(markers, 'en'), fr: stateOf(markers, 'fr'), ht: stateOf(markers, 'ht') };
}

describe('translation status', () => {
  const cms = useCmsWithCountryAndTopic();
  let counter = 0;
  const translatedGuide = () => {
    counter += 1;
    return publishGuideInSpanishAndEnglish(cms.payload, cms.ids, { es: `Permiso número ${counter}`, en: `Permit number ${counter}` });
  };

  it('knows which languages are translated, and a new translation is up to date', async () => {
    const guide = await translatedGuide();
    expect(await statesOf(cms.payload, 'guides', guide.id)).toEqual({ en: 'upToDate', fr: 'missing', ht: 'missing' });
  });

  it('marks translations outdated when the Spanish text changes, and up to date again once the translation is saved', async () => {
    const guide = await translatedGuide();
    await cms.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'es',
      data: { summary: 'Un resumen nuevo', _status: 'published' },
    });
    expect((await statesOf(cms.payload, 'guides', guide.id)).en).toBe('outdated');

    await cms.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'en',
      data: { summary: 'A new summary', _status: 'published' },
    });
    expect((await statesOf(cms.payload, 'guides', guide.id)).en).toBe('upToDate');
  });

  it('sees a change inside a checklist row and in rich text', async () => {
    const guide = await translatedGuide();
    const rows = guide.requiredDocuments ?? [];
    await cms.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'es',
      data: { requiredDocuments: rows.map((row) => ({ ...row, name: 'Pasaporte con seis meses de vigencia' })) },
    });
    expect((await statesOf(cms.payload, 'guides', guide.id)).en).toBe('outdated');
    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'en', data: { summary: 'Checked again' } });

    await cms.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'es',
      data: { body: paragraphsToRichText(['Texto distinto.']) },
    });
    expect((await statesOf(cms.payload, 'guides', guide.id)).en).toBe('outdated');
  });

  it('keeps translations up to date through a minor edit, and does not keep the minor-edit box ticked', async () => {
    const guide = await translatedGuide();
    const before = await cms.payload.findByID({ collection: 'guides', id: guide.id, depth: 0, overrideAccess: true });
    const updated = await cms.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'es',
      data: { summary: `${before.summary} (corregido)`, minorEdit: true, _status: 'published' },
    });
    expect((await statesOf(cms.payload, 'guides', guide.id)).en).toBe('upToDate');
    expect(updated.minorEdit ?? false).toBe(false);
    // The Spanish "last changed" date names the last change that mattered to translators.
    expect(readMarkers(updated.translationStatus)?.source.changedAt).toBe(readMarkers(before.translationStatus)?.source.changedAt);

    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'es', data: { summary: 'Otro sentido', _status: 'published' } });
    expect((await statesOf(cms.payload, 'guides', guide.id)).en).toBe('outdated');
  });

  it('a minor edit does not make an outdated translation up to date', async () => {
    const guide = await translatedGuide();
    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'es', data: { summary: 'Cambio de fondo' } });
    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'es', data: { summary: 'Cambio de fondo.', minorEdit: true } });
    expect((await statesOf(cms.payload, 'guides', guide.id)).en).toBe('outdated');
  });

  it('marking a document reviewed (a plain update of lastReviewedAt) changes no translation state', async () => {
    const guide = await translatedGuide();
    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'en', data: { summary: 'Only English changed' } });
    const before = (await cms.payload.findByID({ collection: 'guides', id: guide.id, depth: 0, draft: true, overrideAccess: true }))
      .translationStatus;
    await cms.payload.update({ collection: 'guides', id: guide.id, data: { review: { lastReviewedAt: new Date().toISOString() } } });
    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'en', data: { review: { reviewedBy: 'OIM' } } });
    const after = (await cms.payload.findByID({ collection: 'guides', id: guide.id, depth: 0, draft: true, overrideAccess: true }))
      .translationStatus;
    expect(after).toEqual(before);
  });

  it('ignores markers sent by a client: only the hook writes them', async () => {
    const guide = await translatedGuide();
    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'es', data: { summary: 'Cambio real' } });
    const forged = { source: { hash: 'x', changedAt: '2020-01-01T00:00:00.000Z' }, locales: { en: { hasText: true, against: 'x' } } };
    await cms.payload.update({ collection: 'guides', id: guide.id, locale: 'en', data: { translationStatus: forged } });
    expect((await statesOf(cms.payload, 'guides', guide.id)).en).toBe('outdated');
  });

  it('tracks countries, whose translations have no drafts', async () => {
    const country = await cms.payload.findByID({ collection: 'countries', id: cms.ids.country, depth: 0 });
    const emergencyNumbers = (country.emergencyNumbers ?? []).map((row) => ({ ...row, label: 'Urgences' }));
    await cms.payload.update({
      collection: 'countries',
      id: cms.ids.country,
      locale: 'fr',
      data: { name: 'Costa Rica (fr)', emergencyNumbers },
    });
    expect((await statesOf(cms.payload, 'countries', cms.ids.country)).fr).toBe('upToDate');
    await cms.payload.update({ collection: 'countries', id: cms.ids.country, locale: 'es', data: { name: 'República de Costa Rica' } });
    expect(await statesOf(cms.payload, 'countries', cms.ids.country)).toEqual({ en: 'missing', fr: 'outdated', ht: 'missing' });
  });

  it('counts every localized field, array rows included: a guide with only its title, summary and body translated is partial', async () => {
    const rows = (what: string) => [1, 2, 3, 4].map((number) => ({ [what]: `${what} ${number}` }));
    const created = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: {
        ...spanishGuide(cms.ids, 'Guía con pasos'),
        requiredDocuments: rows('name'),
        steps: rows('title'),
        _status: 'published',
      },
    });
    const saved = await cms.payload.update({
      collection: 'guides',
      id: created.id,
      locale: 'ht',
      draft: true,
      data: { title: 'Gid ak etap', summary: 'Rezime', body: paragraphsToRichText(['Plis enfòmasyon.']) },
    });
    const markers = readMarkers(saved.translationStatus);
    // Title, summary, body, four documents, four steps and one official source have Spanish text.
    expect(markers && progressOf(markers, 'ht')).toEqual({ translated: 3, of: 12 });
    expect((await statesOf(cms.payload, 'guides', created.id)).ht).toBe('partial');

    const translate = <Row extends { id?: string | null }>(list: Row[] | null | undefined, field: string) =>
      (list ?? []).map((row, index) => ({ ...row, [field]: `${field} ${index + 1} (ht)` }));
    await cms.payload.update({
      collection: 'guides',
      id: created.id,
      locale: 'ht',
      draft: true,
      data: {
        requiredDocuments: translate(created.requiredDocuments, 'name'),
        steps: translate(created.steps, 'title'),
        officialSources: translate(created.officialSources, 'title'),
      },
    });
    expect((await statesOf(cms.payload, 'guides', created.id)).ht).toBe('upToDate');

    // A step added in Spanish is one more field the translation lacks.
    const current = await cms.payload.findByID({ collection: 'guides', id: created.id, locale: 'es', draft: true, depth: 0 });
    const grown = await cms.payload.update({
      collection: 'guides',
      id: created.id,
      locale: 'es',
      draft: true,
      data: { steps: [...(current.steps ?? []), { title: 'Paso nuevo' }] },
    });
    expect(progressOf(readMarkers(grown.translationStatus) ?? { source: { hash: '', changedAt: '' }, locales: {} }, 'ht')).toEqual({
      translated: 12,
      of: 13,
    });
  });
});
