import { describe, expect, it } from 'vitest';
import { formActionSources, reportFormAction } from './formAction.ts';

describe('where the report form is sent', () => {
  it('goes to the site’s own /feedback, and the policy allows only the site, when the site’s server forwards it', () => {
    expect(reportFormAction({ feedbackUrl: undefined })).toBe('/feedback');
    expect(formActionSources({ feedbackUrl: undefined })).toBe("'self'");
  });

  it('goes straight to the configured CMS address from a static host, and the policy allows exactly that address', () => {
    const feedbackUrl = new URL('https://cms.example.org/api/reports/feedback');
    expect(reportFormAction({ feedbackUrl })).toBe('https://cms.example.org/api/reports/feedback');
    expect(formActionSources({ feedbackUrl })).toBe("'self' https://cms.example.org/api/reports/feedback");
  });
});
