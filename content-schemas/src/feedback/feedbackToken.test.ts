import { describe, expect, it } from 'vitest';
import { type FeedbackTarget, feedbackTokenProblem, signFeedbackToken } from './feedbackToken.ts';

const secret = 'a secret only the site build and the CMS know';
const target: FeedbackTarget = { collection: 'guides', documentId: '12', lang: 'es', page: '/es/honduras/guides/permiso/' };
const builtAt = new Date('2026-12-01T10:00:00Z');
const later = (seconds: number) => new Date(builtAt.getTime() + seconds * 1000);

describe('the report form time token', () => {
  it('accepts a token for its own page a while after the page was built', () => {
    expect(feedbackTokenProblem(secret, signFeedbackToken(secret, target, builtAt), target, later(3600))).toBeUndefined();
  });

  it('refuses a token moved to another page or document, or signed with another secret', () => {
    const token = signFeedbackToken(secret, target, builtAt);
    expect(feedbackTokenProblem(secret, token, { ...target, page: '/es/honduras/guides/otra/' }, later(60))).toBe('forged');
    expect(feedbackTokenProblem(secret, token, { ...target, documentId: '13' }, later(60))).toBe('forged');
    expect(feedbackTokenProblem('another secret', token, target, later(60))).toBe('forged');
    expect(feedbackTokenProblem(secret, `${Number(token.split('.')[0]) + 1000}.${token.split('.')[1]}`, target, later(60))).toBe('forged');
  });

  it('refuses a form sent too fast or from a page built too long ago, and a token that is not one', () => {
    const token = signFeedbackToken(secret, target, builtAt);
    expect(feedbackTokenProblem(secret, token, target, later(1))).toBe('too-fast');
    expect(feedbackTokenProblem(secret, token, target, later(401 * 24 * 3600))).toBe('too-old');
    expect(feedbackTokenProblem(secret, 'not a token', target, later(60))).toBe('malformed');
    expect(feedbackTokenProblem(secret, '', target, later(60))).toBe('malformed');
  });
});
