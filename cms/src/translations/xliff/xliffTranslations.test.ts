import { describe, expect, it } from 'vitest';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { paragraphsToRichText } from '../../seed/lexical.ts';
import { publishGuideInSpanishAndEnglish } from '../../testing/fixtures.ts';
import { useCmsWithCountryAndTopic } from '../../testing/startTestPayload.ts';
import { readMarkers, stateOf } from '../translationMarkers.ts';
import { applyImport, exportTranslations, InvalidTranslationFile, planImport } from './xliffTranslations.ts';

type Values = Record<string, unknown>;

/** A copy without one language's values and without what every save changes (times, status, markers). */
function withoutLocale(value: unknown, locale: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutLocale(item, locale));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== locale && !['updatedAt', '_status', 'translationStatus'].includes(key))
      .map(([key, item]) => [key, withoutLocale(item, locale)]),
  );
}

describe('translating a locale through XLIFF', () => {
  const cms = useCmsWithCountryAndTopic();

  const everything = async () => {
    const read = async (collection: 'guides' | 'countries' | 'topics', draft: boolean) =>
      (await cms.payload.find({ collection, locale: 'all', depth: 0, draft, pagination: false, overrideAccess: true, sort: 'id' })).docs;
    return {
      latest: { guides: await read('guides', true), countries: await read('countries', false), topics: await read('topics', false) },
      published: await read('guides', false),
    };
  };

  let round = 0;
  const createGuides = async () => {
    round += 1;
    const first = await publishGuideInSpanishAndEnglish(cms.payload, cms.ids, {
      es: `Permiso de trabajo ${round}`,
      en: `Work permit ${round}`,
    });
    await cms.payload.update({
      collection: 'guides',
      id: first.id,
      locale: 'es',
      data: { body: paragraphsToRichText(['Primer párrafo.', 'Segundo párrafo.']), _status: 'published' },
    });
    const second = await publishGuideInSpanishAndEnglish(cms.payload, cms.ids, {
      es: `Residencia temporal ${round}`,
      en: `Temporary residence ${round}`,
    });
    return { first, second };
  };

  /** The exported file with Kreyòl written into the units a test chooses (by unit id, per document). */
  const translated = async (xml: string, targets: Record<string, Record<string, string>>) => {
    const file = await xliff12ToJs(xml);
    for (const [document, units] of Object.entries(targets)) {
      for (const [unit, text] of Object.entries(units)) {
        const resource = file.resources[document]?.[unit];
        if (!resource) throw new Error(`the export has no unit ${document} ${unit}`);
        resource.target = text;
      }
    }
    return jsToXliff12(file);
  };

  it('round-trips es→ht: the Kreyòl fields change and nothing else', async () => {
    const { first } = await createGuides();
    const exported = await exportTranslations(cms.payload, { locale: 'ht', country: 'costa-rica' });
    expect(exported.xml).toContain('target-language="ht"');
    const unitIds = Object.keys((await xliff12ToJs(exported.xml)).resources[`guides/${first.id}`] ?? {});
    const rowId = first.requiredDocuments?.[0]?.id;
    expect(unitIds).toEqual(
      expect.arrayContaining([
        'title',
        'summary',
        `requiredDocuments[${rowId}].name`,
        'body:0.0',
        'body:1.0',
        `officialSources[${first.officialSources?.[0]?.id}].title`,
      ]),
    );

    const before = await everything();
    const file = await translated(exported.xml, {
      [`guides/${first.id}`]: {
        title: 'Pèmi travay',
        [`requiredDocuments[${rowId}].name`]: 'Paspò ki valab',
        'body:0.0': 'Premye paragraf.',
        'body:1.0': 'Dezyèm paragraf.',
      },
      [`countries/${cms.ids.country}`]: { name: 'Kosta Rika' },
    });
    const result = await applyImport(cms.payload, await planImport(cms.payload, file));
    expect(result.documents).toBe(2);

    const after = await everything();
    expect(withoutLocale(after.latest, 'ht')).toEqual(withoutLocale(before.latest, 'ht'));
    // Imported as a draft: the published guide is untouched until an editor publishes it.
    expect(after.published).toEqual(before.published);

    const guide = (await cms.payload.findByID({
      collection: 'guides',
      id: first.id,
      locale: 'ht',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })) as unknown as Values;
    expect(guide.title).toBe('Pèmi travay');
    expect(guide.summary ?? null).toBeNull();
    expect((guide.requiredDocuments as Values[])[0]?.name).toBe('Paspò ki valab');
    expect(JSON.stringify(guide.body)).toContain('Dezyèm paragraf.');
    const country = await cms.payload.findByID({ collection: 'countries', id: cms.ids.country, locale: 'ht', fallbackLocale: false });
    expect(country.name).toBe('Kosta Rika');
    const markers = readMarkers(
      (await cms.payload.findByID({ collection: 'guides', id: first.id, draft: true, depth: 0 })).translationStatus,
    );
    // The summary was left untranslated in the file: the translation is partial, not up to date.
    expect(markers && stateOf(markers, 'ht')).toBe('partial');

    // The new draft exports its Kreyòl as targets, ready for the next round; sent back untouched, it writes nothing.
    const again = await exportTranslations(cms.payload, { locale: 'ht', country: 'costa-rica' });
    expect((await xliff12ToJs(again.xml)).resources[`guides/${first.id}`]?.title?.target).toBe('Pèmi travay');
    expect((await planImport(cms.payload, again.xml)).writes).toEqual([]);
  });

  it('refuses a whole file with one bad unit, lists every problem, and changes nothing', async () => {
    const { first, second } = await createGuides();
    const exported = await exportTranslations(cms.payload, { locale: 'ht', country: 'costa-rica' });
    const parsed = await xliff12ToJs(exported.xml);
    const guide = parsed.resources[`guides/${first.id}`] ?? {};
    guide.title = { ...guide.title, target: 'Pèmi travay' };
    guide['cost-typo'] = { source: 'x', target: 'y' };
    guide['body:0.0'] = { source: 'Primer párrafo.', target: 'Premye paragraf.' };
    const secondGuide = parsed.resources[`guides/${second.id}`] ?? {};
    secondGuide.summary = { source: 'Un resumen que ya no es el de la guía', target: 'Rezime' };
    parsed.resources['guides/999999'] = { title: { source: 'x', target: 'y' } };
    const before = await everything();

    const refusal = await planImport(cms.payload, await jsToXliff12(parsed)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InvalidTranslationFile);
    expect((refusal as InvalidTranslationFile).problems).toEqual([
      `guides/${first.id} unit "cost-typo": no such text in the document`,
      `guides/${first.id} field "body": 1 of 2 parts are translated; translate all of them or none`,
      `guides/${second.id} unit "summary": the Spanish text changed since the file was exported; export it again`,
      'file "guides/999999": no such document',
    ]);
    expect(await everything()).toEqual(before);

    for (const broken of ['<xliff version="1.2"><file', '{"not": "xliff"}']) {
      await expect(planImport(cms.payload, broken)).rejects.toBeInstanceOf(InvalidTranslationFile);
    }
    expect(await everything()).toEqual(before);
  });

  it('puts back what it wrote when a later write fails', async () => {
    const { first, second } = await createGuides();
    const exported = await exportTranslations(cms.payload, { locale: 'ht', country: 'costa-rica' });
    const file = await translated(exported.xml, {
      [`guides/${first.id}`]: { title: 'Pèmi travay' },
      [`guides/${second.id}`]: { title: 'Rezidans tanporè' },
    });
    const plan = await planImport(cms.payload, file);
    const firstBefore = await cms.payload.findByID({ collection: 'guides', id: first.id, locale: 'all', draft: true, depth: 0 });
    // The second guide disappears between the check and the write: its write fails, the first is undone.
    await cms.payload.delete({ collection: 'guides', id: second.id, overrideAccess: true });

    await expect(applyImport(cms.payload, plan)).rejects.toThrow();
    const firstAfter = await cms.payload.findByID({ collection: 'guides', id: first.id, locale: 'all', draft: true, depth: 0 });
    expect(withoutLocale(firstAfter, 'none')).toMatchObject(withoutLocale(firstBefore, 'none') as Values);
    expect(firstAfter.translationStatus).toEqual(firstBefore.translationStatus);
  });
});
