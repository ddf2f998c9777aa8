import { describe, expect, it } from 'vitest';
import { type FeedbackTarget, signFeedbackToken } from './feedbackToken.ts';
import { reportFormFields, reportFormValues } from './reports.ts';

describe('reportFormValues', () => {
  const target: FeedbackTarget = { collection: 'services', documentId: '12', lang: 'fr', page: '/fr/honduras/services/clinique/' };
  const token = signFeedbackToken('a secret of sixteen characters', target, new Date('2026-11-20T10:00:00Z'));

  it('gives the page the target and token only, each under its field name', () => {
    expect(reportFormValues(target, token)).toEqual({ collection: 'services', document: '12', lang: 'fr', page: target.page, token });
  });

  it('sends every field of the form when a reader has filled it in, what they left out empty', () => {
    const values = reportFormValues(target, token, { kind: 'hours' });
    expect(Object.keys(values).sort()).toEqual(Object.values(reportFormFields).sort());
    expect(values).toMatchObject({ kind: 'hours', text: '', contact: '', website: '' });
  });
});
