import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../payload-types.ts';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import type { DashboardColumn } from './dashboardColumns.ts';
import { reviewDashboardData } from './reviewDashboard.ts';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('the review dashboard', () => {
  let test: TestPayload;
  let payload: Payload;
  let costaRica: number;
  let guatemala: number;
  let admin: User;
  let costaRicaEditor: User;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    const ids = await createCountryAndTopic(payload);
    costaRica = ids.country;
    guatemala = (
      await payload.create({
        collection: 'countries',
        locale: 'es',
        data: { code: 'GT', slug: 'guatemala', name: 'Guatemala', locales: ['es'], emergencyNumbers: [] },
      })
    ).id;
    const guide = (
      title: string,
      country: number,
      review: { lastReviewedAt?: string; reviewIntervalDays?: number },
      status = 'published',
    ) =>
      payload.create({
        collection: 'guides',
        locale: 'es',
        draft: status === 'draft',
        data: { ...spanishGuide({ ...ids, country }, title), review, _status: status as 'published' },
      });
    // Costa Rica: guides 180 days by default, services 90.
    await guide('Vencida hace un mes', costaRica, { lastReviewedAt: daysAgo(210) });
    await guide('Vencida hace un día', costaRica, { lastReviewedAt: daysAgo(11), reviewIntervalDays: 10 });
    await guide('Vence en diez días', costaRica, { lastReviewedAt: daysAgo(170) });
    await guide('Revisada ayer', costaRica, { lastReviewedAt: daysAgo(1) });
    await guide('Nunca revisada', costaRica, {});
    await guide('Borrador sin publicar', costaRica, {}, 'draft');
    await payload.create({
      collection: 'services',
      locale: 'es',
      data: {
        name: 'Asesoría legal',
        slug: 'asesoria-legal',
        country: costaRica,
        organization: 'Clínica Jurídica',
        description: 'Asesoría gratuita.',
        category: 'legal-aid',
        city: 'San José',
        status: 'active',
        review: { lastReviewedAt: daysAgo(100) },
        _status: 'published',
      },
    });
    await payload.create({
      collection: 'hubs',
      locale: 'es',
      data: {
        name: 'Hub de San José',
        slug: 'san-jose',
        country: costaRica,
        municipality: 'San José',
        address: 'Avenida Central',
        modalities: ['in-person'],
        review: { lastReviewedAt: daysAgo(75) },
        _status: 'published',
      },
    });
    await guide('Guía de Guatemala vencida', guatemala, { lastReviewedAt: daysAgo(400) });

    const account = (email: string, data: Partial<User>) =>
      payload.create({ collection: 'users', data: { email, password: 'a long test password', ...data } as never }) as Promise<User>;
    admin = await account('admin@example.org', { roles: ['admin'] });
    costaRicaEditor = await account('cr@example.org', { roles: ['country-editor'], countries: [costaRica] });
  });
  afterAll(async () => {
    await test?.stop();
  });

  const titlesByCountry = (dashboard: Awaited<ReturnType<typeof reviewDashboardData>>) =>
    Object.fromEntries(dashboard.countries.map((country) => [country.slug, country.rows.map((row) => row.title)]));

  it('lists, per country, published documents never reviewed, overdue or due within 30 days, most urgent first', async () => {
    const dashboard = await reviewDashboardData({ payload, user: admin, now });
    expect(titlesByCountry(dashboard)).toEqual({
      'costa-rica': [
        'Nunca revisada',
        'Vencida hace un mes',
        'Asesoría legal',
        'Vencida hace un día',
        'Vence en diez días',
        'Hub de San José',
      ],
      guatemala: ['Guía de Guatemala vencida'],
    });
    const rows = dashboard.countries[0]?.rows ?? [];
    expect(rows.map((row) => row.reviewState)).toEqual(['never-reviewed', 'overdue', 'overdue', 'overdue', 'due-soon', 'due-soon']);
    const service = rows.find((row) => row.collection === 'services');
    expect(service?.review.nextReviewDueAt).toBe(new Date(Date.parse(daysAgo(100)) + 90 * 86_400_000).toISOString());
    expect(service?.editPath).toBe(`/admin/collections/services/${service?.id}`);
  });

  it('shows a country editor only their own countries', async () => {
    const dashboard = await reviewDashboardData({ payload, user: costaRicaEditor, now });
    expect(dashboard.countries.map((country) => country.slug)).toEqual(['costa-rica']);
    expect(dashboard.countries[0]?.rows.some((row) => row.title === 'Guía de Guatemala vencida')).toBe(false);
  });

  it('shows nothing to an account with no country assigned', async () => {
    const unassigned = (await payload.create({
      collection: 'users',
      data: { email: 'nobody@example.org', password: 'a long test password', roles: ['reviewer'] } as never,
    })) as User;
    expect((await reviewDashboardData({ payload, user: unassigned, now })).countries).toEqual([]);
  });

  it('fills the columns added to it, and lists a document a column flags even when its review is current', async () => {
    const englishMissing: DashboardColumn = {
      id: 'translation-en',
      heading: { en: 'English', es: 'Inglés', fr: 'Anglais' },
      async cells(documents) {
        return new Map(documents.map((document) => [document.key, { text: 'missing', attention: document.title === 'Revisada ayer' }]));
      },
    };
    const dashboard = await reviewDashboardData({ payload, user: costaRicaEditor, now, columns: [englishMissing] });
    expect(dashboard.columns).toEqual([{ id: 'translation-en', heading: { en: 'English', es: 'Inglés', fr: 'Anglais' } }]);
    const reviewedYesterday = dashboard.countries[0]?.rows.find((row) => row.title === 'Revisada ayer');
    expect(reviewedYesterday?.reviewState).toBe('current');
    expect(reviewedYesterday?.cells).toEqual({ 'translation-en': { text: 'missing', attention: true } });
  });
});
