import {
  countries,
  formatProblems,
  locales,
  reviewState,
  type Snapshot,
  spokenLanguages,
  validateSnapshot,
} from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { demoContent } from './index.ts';
import type { DemoContent, DemoCountryContent, DemoGuide } from './types.ts';

const generatedAt = '2026-11-01T00:00:00Z';

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** What the exporter would make of a demo guide: an id, a timestamp and the body paragraphs as HTML. */
function toSnapshotGuide(guide: DemoGuide, index: number) {
  const { body, ...rest } = guide;
  const bodyHtml = body
    ? Object.fromEntries(
        Object.entries(body).map(([code, paragraphs]) => [code, (paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join('')]),
      )
    : undefined;
  return {
    ...rest,
    id: `guide-${guide.country}-${index}`,
    updatedAt: guide.lastReviewedAt ?? generatedAt,
    ...(bodyHtml ? { bodyHtml } : {}),
  };
}

/** Turns demo content into a snapshot as the CMS would export it; with `withDrafts`, drafts are exported too. */
function toSnapshot(content: DemoContent, { withDrafts = false } = {}): unknown {
  const all = <T>(pick: (country: DemoCountryContent) => T[]) => content.countries.flatMap(pick);
  return {
    schemaVersion: 1,
    generatedAt,
    demo: true,
    defaultLocale: 'es',
    locales,
    countries: all((country) => [country.country]),
    topics: content.topics,
    guides: all((country) => [...country.guides, ...(withDrafts ? country.draftGuides : [])]).map(toSnapshotGuide),
    services: all((country) => country.services).map((service, index) => ({
      ...service,
      id: `service-${index}`,
      updatedAt: service.lastReviewedAt ?? generatedAt,
    })),
    hubs: all((country) => country.hubs).map((hub, index) => ({
      ...hub,
      id: `hub-${index}`,
      updatedAt: hub.lastReviewedAt ?? generatedAt,
    })),
    alerts: all((country) => country.alerts).map(({ slug, ...alert }) => ({ ...alert, id: `${alert.country}-${slug}` })),
    recruiters: all((country) => country.recruiters ?? []).map((recruiter) => ({
      ...recruiter,
      id: `${recruiter.country}-${recruiter.slug}`,
      updatedAt: recruiter.lastCheckedAt,
    })),
    media: [],
  };
}

function expectValid(input: unknown): Snapshot {
  const result = validateSnapshot(input);
  if (!result.success) expect.fail(`the demo content is not a valid snapshot:\n${formatProblems(result.problems)}`);
  return result.snapshot;
}

type LocalizedValue = Partial<Record<string, unknown>>;

/** Every localized value inside a document (objects keyed by language, recognised by their `es` key). */
function localizedValues(value: unknown): LocalizedValue[] {
  if (Array.isArray(value)) return value.flatMap(localizedValues);
  if (typeof value !== 'object' || value === null) return [];
  if ('es' in value) return [value as LocalizedValue];
  return Object.values(value).flatMap(localizedValues);
}

const languagesOf = (value: unknown) => new Set(localizedValues(value).flatMap((localized) => Object.keys(localized)));

const snapshot = expectValid(toSnapshot(demoContent));

describe('demo content', () => {
  it('is a valid snapshot', () => {
    expect(snapshot.demo).toBe(true);
  });

  it('keeps its drafts well-formed too, with slugs no published guide uses', () => {
    expectValid(toSnapshot(demoContent, { withDrafts: true }));
    expect(demoContent.countries.flatMap((country) => country.draftGuides).length).toBeGreaterThanOrEqual(1);
  });

  it('has one topic per kind', () => {
    expect(new Set(snapshot.topics.map((topic) => topic.kind)).size).toBe(snapshot.topics.length);
    for (const topic of snapshot.topics) expect(Object.keys(topic.title).sort()).toEqual(['en', 'es', 'fr', 'ht']);
  });

  it('covers at least four countries, each with the slug and code content-schemas knows', () => {
    expect(demoContent.countries.length).toBeGreaterThanOrEqual(4);
    for (const { country } of demoContent.countries) {
      expect(countries.find((known) => known.slug === country.slug)?.code).toBe(country.code);
    }
  });

  describe.each(demoContent.countries.map((content) => [content.country.slug, content] as const))('%s', (slug, content) => {
    it('has at least six guides across at least four topics', () => {
      expect(content.guides.length).toBeGreaterThanOrEqual(6);
      expect(new Set(content.guides.map((guide) => guide.topic)).size).toBeGreaterThanOrEqual(4);
    });

    it('gives every guide the parts readers look for: 3 to 7 documents, 3 to 7 steps, cost, time, where, sources, review', () => {
      for (const guide of content.guides) {
        expect(guide.requiredDocuments.length, guide.slug).toBeGreaterThanOrEqual(3);
        expect(guide.requiredDocuments.length, guide.slug).toBeLessThanOrEqual(7);
        expect(guide.steps.length, guide.slug).toBeGreaterThanOrEqual(3);
        expect(guide.steps.length, guide.slug).toBeLessThanOrEqual(7);
        expect(guide.officialSources.length, guide.slug).toBeGreaterThanOrEqual(1);
        expect(guide.officialSources.length, guide.slug).toBeLessThanOrEqual(2);
        expect(guide.audiences.length, guide.slug).toBeGreaterThanOrEqual(1);
        for (const part of [
          'cost',
          'processingTime',
          'whereToApply',
          'body',
          'lastReviewedAt',
          'reviewedBy',
          'reviewIntervalDays',
        ] as const) {
          expect(guide[part], `${guide.slug} has no ${part}`).toBeDefined();
        }
      }
    });

    it('has at least eight services in at least two cities, of at least five categories', () => {
      expect(content.services.length).toBeGreaterThanOrEqual(8);
      expect(new Set(content.services.map((service) => service.city)).size).toBeGreaterThanOrEqual(2);
      expect(new Set(content.services.map((service) => service.category)).size).toBeGreaterThanOrEqual(5);
    });

    it('has at least two hubs', () => {
      expect(content.hubs.length).toBeGreaterThanOrEqual(2);
    });

    // Fraud warnings stay up until an editor withdraws them, so the demo alerts have no end date and stay current.
    it('has an alert that is current', () => {
      const now = Date.now();
      const current = content.alerts.filter(
        (alert) => Date.parse(alert.startsAt) <= now && (alert.endsAt === undefined || Date.parse(alert.endsAt) > now),
      );
      expect(current.length, 'no current alert: move its endsAt later').toBeGreaterThanOrEqual(1);
    });

    it('writes only in the languages the country publishes', () => {
      const documents = [...content.guides, ...content.draftGuides, ...content.services, ...content.hubs, ...content.alerts];
      const used = [...languagesOf(documents)].filter((code) => !content.country.locales.includes(code));
      expect(used, `${slug} publishes ${content.country.locales.join(', ')}`).toEqual([]);
    });

    it('uses phone numbers with the country’s calling code', () => {
      const prefix = { CR: '+506', GT: '+502', HN: '+504', DO: '+1', MX: '+52' }[content.country.code];
      const phones = [...content.services, ...content.hubs].flatMap((document) => document.phones.map((phone) => phone.number));
      for (const number of phones) expect(number.startsWith(prefix ?? '?'), number).toBe(true);
    });

    it('has overdue, due-soon and current documents whenever it is seeded, for the review dashboard to show', () => {
      const now = new Date();
      const states = [
        ...content.guides.map((guide) => reviewState(guide, 'guides', now)),
        ...content.services.map((service) => reviewState(service, 'services', now)),
        ...content.hubs.map((hub) => reviewState(hub, 'hubs', now)),
      ];
      expect(states).toContain('overdue');
      expect(states).toContain('due-soon');
      expect(states).toContain('current');
      expect(content.guides.map((guide) => reviewState(guide, 'guides', now))).toContain('overdue');
    });
  });

  it('keeps every website, email and official source on example domains', () => {
    const isExample = (host: string) => /(^|\.)example(\.(org|com|net))?$/.test(host);
    const urls = [
      ...snapshot.services.flatMap((service) => (service.website ? [service.website] : [])),
      ...snapshot.guides.flatMap((guide) => guide.officialSources.map((source) => source.url)),
      ...snapshot.recruiters.map((recruiter) => recruiter.authorityUrl),
    ];
    for (const url of urls) expect(isExample(new URL(url).hostname), url).toBe(true);
    const emails = [...snapshot.services, ...snapshot.hubs].flatMap((document) => (document.email ? [document.email] : []));
    for (const email of emails) expect(isExample(email.split('@')[1] ?? ''), email).toBe(true);
  });

  it('has a register of recruiters whose every name says it is a demo, with each status a reader may meet', () => {
    expect(snapshot.recruiters.length).toBeGreaterThanOrEqual(4);
    for (const recruiter of snapshot.recruiters) {
      for (const name of [recruiter.name, ...recruiter.otherNames]) expect(name).toMatch(/\(demo\)$/);
    }
    expect(new Set(snapshot.recruiters.map((recruiter) => recruiter.status))).toEqual(new Set(['licensed', 'suspended', 'revoked']));
  });

  it('writes opening hours in OpenStreetMap opening_hours syntax', () => {
    const day = '(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)';
    const days = `${day}(?:-${day})?(?:,${day}(?:-${day})?)*`;
    const span = '[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]';
    const rule = `${days} (?:${span}(?:,${span})*|off)`;
    const syntax = new RegExp(`^(?:24/7|${rule}(?:; ${rule})*)$`);
    for (const document of [...snapshot.services, ...snapshot.hubs]) {
      if (document.openingHours) expect(document.openingHours, document.slug).toMatch(syntax);
    }
  });

  it('lists only spoken languages the CMS offers', () => {
    const known = new Set<string>(spokenLanguages.map((language) => language.code));
    for (const service of snapshot.services) {
      expect(
        service.languages.filter((code) => !known.has(code)),
        service.slug,
      ).toEqual([]);
    }
  });

  it('has one temporarily closed service', () => {
    expect(snapshot.services.some((service) => service.status === 'temporarily-closed')).toBe(true);
  });

  it('exercises every language and the fallback notice', () => {
    const documents = [...snapshot.guides, ...snapshot.services, ...snapshot.hubs, ...snapshot.alerts];
    expect(snapshot.guides.some((guide) => guide.title.fr !== undefined)).toBe(true);
    expect(snapshot.guides.some((guide) => guide.title.ht !== undefined)).toBe(true);
    expect(documents.every((document) => localizedValues(document).every((localized) => localized.es !== undefined))).toBe(true);
    expect(
      snapshot.guides.some((guide) => guide.title.en === undefined),
      'some published guides must lack English',
    ).toBe(true);
    expect(
      snapshot.guides.some((guide) => guide.title.en !== undefined && guide.steps.some((step) => step.details && !step.details.en)),
      'some translated guides must leave a step untranslated',
    ).toBe(true);
  });
});
