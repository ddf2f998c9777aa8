import { describe, expect, it } from 'vitest';
import { releaseSettingsFromEnv } from './settings.ts';

describe('the release settings of the report form', () => {
  const secret = 'the secret the report forms are signed with';

  it('name where the form posts and a digest of its secret, never the secret, so a change rebuilds every shard', () => {
    const settings = releaseSettingsFromEnv({ INFOHUB_FEEDBACK_SECRET: secret }, 2);
    expect(settings.reportForm).toMatch(/^ [0-9a-f]{64}$/);
    expect(settings.reportForm).not.toContain(secret);
    const elsewhere = releaseSettingsFromEnv(
      { INFOHUB_FEEDBACK_SECRET: secret, INFOHUB_FEEDBACK_URL: 'https://cms.example.org/api/reports/feedback' },
      2,
    );
    expect(elsewhere.reportForm).toMatch(/^https:\/\/cms\.example\.org\/api\/reports\/feedback [0-9a-f]{64}$/);
    expect(releaseSettingsFromEnv({ INFOHUB_FEEDBACK_SECRET: `${secret}!` }, 2).reportForm).not.toBe(settings.reportForm);
  });

  it('carry the form address alone: it changes the pages (their security policy) even with no secret set', () => {
    const direct = releaseSettingsFromEnv({ INFOHUB_FEEDBACK_URL: 'https://cms.example.org/api/reports/feedback' }, 2);
    expect(direct.reportForm).toBe('https://cms.example.org/api/reports/feedback ');
  });

  it('are left out when the site is built without a form', () => {
    expect(releaseSettingsFromEnv({}, 2).reportForm).toBeUndefined();
  });
});
