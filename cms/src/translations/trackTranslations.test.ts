import type { Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { paragraphsToRichText } from '../seed/lexical.ts';
import { publishGuideInSpanishAndEnglish } from '../testing/fixtures.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';
import { readMarkers, stateOf, type TranslationState } from './translationMarkers.ts';

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
    await cms.payload.update({ collection: 'countries', id: cms.ids.country, locale: 'fr', data: { name: 'Costa Rica (fr)' } });
    expect((await statesOf(cms.payload, 'countries', cms.ids.country)).fr).toBe('upToDate');
    await cms.payload.update({ collection: 'countries', id: cms.ids.country, locale: 'es', data: { name: 'República de Costa Rica' } });
    expect(await statesOf(cms.payload, 'countries', cms.ids.country)).toEqual({ en: 'missing', fr: 'outdated', ht: 'missing' });
  });
});
