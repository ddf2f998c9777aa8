import { describe, expect, it } from 'vitest';
import type { User } from '../payload-types.ts';
import { reviewDashboardData } from '../review/reviewDashboard.ts';
import { publishGuideInSpanishAndEnglish, spanishGuide } from '../testing/fixtures.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';
import { translationStatusColumn } from './dashboardColumn.ts';

const now = new Date();
const yesterday = new Date(now.getTime() - 86_400_000).toISOString();

// The test country publishes in Spanish and English, so English is the one translation the column looks at.
describe('the review dashboard’s translations column', () => {
  const cms = useCmsWithCountryAndTopic();

  async function dashboardRows(language: 'en' | 'es' = 'en') {
    const admin = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'admin@example.org' } } })).docs[0] as User;
    const dashboard = await reviewDashboardData({ payload: cms.payload, user: admin, now, columns: [translationStatusColumn], language });
    return dashboard.countries.flatMap((country) => country.rows).map((row) => [row.title, row.cells.translations?.text]);
  }

  it('lists documents whose review is current when a translation is missing or outdated, and leaves out those up to date', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'a long test password 4821', roles: ['admin'] },
    });
    const reviewed = { review: { lastReviewedAt: yesterday } };
    await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Sin traducir'), ...reviewed, _status: 'published' },
    });
    const outdated = await publishGuideInSpanishAndEnglish(cms.payload, cms.ids, { es: 'Traducción vieja', en: 'Old translation' });
    await cms.payload.update({
      collection: 'guides',
      id: outdated.id,
      locale: 'es',
      data: { summary: 'El trámite cambió este mes.', ...reviewed, _status: 'published' },
    });
    const upToDate = await publishGuideInSpanishAndEnglish(cms.payload, cms.ids, { es: 'Al día', en: 'Up to date' });
    await cms.payload.update({ collection: 'guides', id: upToDate.id, locale: 'es', data: reviewed });

    expect(await dashboardRows()).toEqual(
      expect.arrayContaining([
        ['Sin traducir', 'en not translated'],
        ['Traducción vieja', 'en outdated'],
      ]),
    );
    expect((await dashboardRows()).map(([title]) => title)).not.toContain('Al día');
    expect(await dashboardRows('es')).toEqual(expect.arrayContaining([['Traducción vieja', 'en desactualizada']]));
  });
});
