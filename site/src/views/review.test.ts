import { describe, expect, it } from 'vitest';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testSnapshot } from '~/testing/snapshot.ts';
import { overdueReviewNote } from './review.ts';

const buildTime = new Date('2026-11-23T12:00:00Z');
const reviewedLongAgo = { lastReviewedAt: '2026-03-01T00:00:00Z', reviewIntervalDays: 90, updatedAt: '2026-03-01T00:00:00Z' };

describe('overdueReviewNote', () => {
  it('warns readers, in their language, from the day the review was due', () => {
    const note = (locale: string) => overdueReviewNote(reviewedLongAgo, 'guides', createPageContext(testSnapshot(), locale), buildTime);
    expect(note('es')).toBe(
      'Esta página debía revisarse de nuevo antes del 30 de mayo de 2026. Algunos datos pueden haber cambiado: confírmalos con la organización o en un centro de información antes de actuar.',
    );
    expect(note('en')).toMatch(/^This page was due to be checked again by May 30, 2026\. /);
    expect(note('fr')).toMatch(/^Cette page devait être vérifiée à nouveau avant le 30 mai 2026\. /);
    expect(note('ht')).toMatch(/^Yo te dwe verifye paj sa a ankò anvan 30 me 2026\. /);
  });

  it('says nothing while the review is within its interval, up to the moment it is due', () => {
    const ctx = createPageContext(testSnapshot(), 'es');
    expect(overdueReviewNote(reviewedLongAgo, 'guides', ctx, new Date('2026-05-30T00:00:00Z'))).toBeUndefined();
    expect(overdueReviewNote(reviewedLongAgo, 'guides', ctx, new Date('2026-05-30T00:00:01Z'))).toBeDefined();
  });

  it("uses the collection's interval when the document has none: 90 days for a service, 180 for a guide", () => {
    const ctx = createPageContext(testSnapshot(), 'en');
    const reviewed = { lastReviewedAt: '2026-07-01T00:00:00Z', updatedAt: '2026-07-01T00:00:00Z' };
    expect(overdueReviewNote(reviewed, 'services', ctx, buildTime)).toMatch(/by September 29, 2026\./);
    expect(overdueReviewNote(reviewed, 'hubs', ctx, buildTime)).toMatch(/by September 29, 2026\./);
    expect(overdueReviewNote(reviewed, 'guides', ctx, buildTime)).toBeUndefined();
  });

  it('counts a page never reviewed from its last change', () => {
    const ctx = createPageContext(testSnapshot(), 'en');
    expect(overdueReviewNote({ updatedAt: '2026-06-01T00:00:00Z' }, 'services', ctx, buildTime)).toMatch(/by August 30, 2026\./);
    expect(overdueReviewNote({ updatedAt: '2026-11-01T00:00:00Z' }, 'services', ctx, buildTime)).toBeUndefined();
  });
});
